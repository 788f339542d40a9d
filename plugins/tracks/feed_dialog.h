// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_repository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vigie::plugins {

// Adds or edits one feed: its kind (CoT over UDP, UDP multicast, TCP client or TCP server; NMEA
// over TCP client, TCP server or UDP; gpsd), name, host or group, port and multicast interface.
// OK stays disabled, with the reason shown, while the address is not usable.
class FeedDialog : public QDialog
{
    Q_OBJECT
  public:
    enum Kind { CotUdp, CotMulticast, CotTcpClient, CotTcpServer, NmeaTcpClient, NmeaTcpServer, NmeaUdp, Gpsd };

    explicit FeedDialog(QWidget *parent = nullptr);

    void setFeed(const core::SavedFeed &feed);
    // The feed as entered (id and running kept from setFeed). Valid only when isValid().
    core::SavedFeed feed() const;
    bool isValid() const { return m_valid; }

    static Kind kindOf(const core::FeedConfig &config);
    static QString kindLabel(Kind kind);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }

  private:
    void kindChanged();
    bool parseEntered(core::FeedConfig *out, QString *error) const;
    void validate();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_iface;
    QLabel *m_ifaceLabel;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    core::SavedFeed m_feed;
    bool m_valid = false;
};

} // namespace vigie::plugins
