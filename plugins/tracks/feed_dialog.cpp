// SPDX-License-Identifier: GPL-2.0-or-later
#include "feed_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::plugins {

namespace {
struct KindInfo
{
    const char *scheme;
    core::FeedRole role;
    const char *host;
    int port;
};

// Default address per kind: TAK's SA group, the usual TAK server and NMEA (10110) ports, gpsd.
KindInfo info(FeedDialog::Kind k)
{
    switch (k) {
    case FeedDialog::CotUdp:
        return {"cot+udp", core::FeedRole::Listen, "0.0.0.0", 4242};
    case FeedDialog::CotMulticast:
        return {"cot+udp", core::FeedRole::Listen, core::FeedConfig::kDefaultCotGroup, core::FeedConfig::kDefaultCotPort};
    case FeedDialog::CotTcpClient:
        return {"cot+tcp", core::FeedRole::Connect, "127.0.0.1", 8087};
    case FeedDialog::CotTcpServer:
        return {"cot+tcp", core::FeedRole::Listen, "0.0.0.0", 8087};
    case FeedDialog::NmeaTcpClient:
        return {"nmea+tcp", core::FeedRole::Connect, "127.0.0.1", 10110};
    case FeedDialog::NmeaTcpServer:
        return {"nmea+tcp", core::FeedRole::Listen, "0.0.0.0", 10110};
    case FeedDialog::NmeaUdp:
        return {"nmea+udp", core::FeedRole::Listen, "0.0.0.0", 10110};
    case FeedDialog::Gpsd:
        return {"gpsd", core::FeedRole::Connect, "127.0.0.1", core::FeedConfig::kDefaultGpsdPort};
    }
    return {"cot+udp", core::FeedRole::Listen, "0.0.0.0", 4242};
}
} // namespace

QString FeedDialog::kindLabel(Kind kind)
{
    switch (kind) {
    case CotUdp:
        return tr("CoT over UDP");
    case CotMulticast:
        return tr("CoT over UDP multicast");
    case CotTcpClient:
        return tr("CoT over TCP (client)");
    case CotTcpServer:
        return tr("CoT over TCP (server)");
    case NmeaTcpClient:
        return tr("NMEA over TCP (client)");
    case NmeaTcpServer:
        return tr("NMEA over TCP (server)");
    case NmeaUdp:
        return tr("NMEA over UDP");
    case Gpsd:
        return tr("gpsd");
    }
    return QString();
}

FeedDialog::Kind FeedDialog::kindOf(const core::FeedConfig &c)
{
    const bool connects = c.role == core::FeedRole::Connect;
    switch (c.format) {
    case core::FeedFormat::Gpsd:
        return Gpsd;
    case core::FeedFormat::Cot:
        if (c.transport == core::FeedTransport::Udp)
            return c.isMulticast() ? CotMulticast : CotUdp;
        return connects ? CotTcpClient : CotTcpServer;
    case core::FeedFormat::Nmea:
        if (c.transport == core::FeedTransport::Udp)
            return NmeaUdp;
        return connects ? NmeaTcpClient : NmeaTcpServer;
    }
    return CotUdp;
}

FeedDialog::FeedDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("feedDialog"));
    setWindowTitle(tr("Live feed"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("feedKind"));
    for (int k = CotUdp; k <= Gpsd; ++k)
        m_kind->addItem(kindLabel(Kind(k)), k);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("feedName"));
    m_name->setPlaceholderText(tr("e.g. Sector East TAK"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("feedHost"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("feedPort"));
    m_port->setRange(1, 65535);
    m_iface = new QLineEdit;
    m_iface->setObjectName(QStringLiteral("feedInterface"));
    m_iface->setPlaceholderText(tr("any"));
    m_ifaceLabel = new QLabel(tr("Interface:"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("feedProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Host or group:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(m_ifaceLabel, m_iface);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &FeedDialog::kindChanged);
    connect(m_host, &QLineEdit::textChanged, this, &FeedDialog::validate);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &FeedDialog::validate);
    connect(m_iface, &QLineEdit::textChanged, this, &FeedDialog::validate);
    kindChanged();
}

void FeedDialog::setFeed(const core::SavedFeed &feed)
{
    m_feed = feed;
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(kindOf(feed.config))));
    m_name->setText(feed.name);
    m_host->setText(feed.config.host);
    m_port->setValue(feed.config.port);
    m_iface->setText(feed.config.multicastInterface);
    m_iface->setVisible(kindOf(feed.config) == CotMulticast);
    m_ifaceLabel->setVisible(m_iface->isVisible());
    validate();
}

void FeedDialog::kindChanged()
{
    const Kind k = Kind(m_kind->currentData().toInt());
    const KindInfo i = info(k);
    m_host->setText(QString::fromLatin1(i.host));
    m_port->setValue(i.port);
    m_iface->setVisible(k == CotMulticast);
    m_ifaceLabel->setVisible(k == CotMulticast);
    validate();
}

bool FeedDialog::parseEntered(core::FeedConfig *out, QString *error) const
{
    const Kind k = Kind(m_kind->currentData().toInt());
    const KindInfo i = info(k);
    const QString host = m_host->text().trimmed();
    const bool v6 = host.contains(QLatin1Char(':'));
    QString url = QStringLiteral("%1://%2:%3").arg(QLatin1String(i.scheme), v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(m_port->value());
    if (k == CotMulticast && !m_iface->text().trimmed().isEmpty())
        url += QStringLiteral("?iface=") + m_iface->text().trimmed();
    return core::FeedConfig::parse(url, i.role, out, error);
}

core::SavedFeed FeedDialog::feed() const
{
    core::SavedFeed f = m_feed;
    core::FeedConfig c;
    QString error;
    if (parseEntered(&c, &error))
        f.config = c;
    f.name = m_name->text().trimmed();
    if (!f.name.isEmpty())
        f.config.name = f.name;
    return f;
}

void FeedDialog::validate()
{
    const Kind k = Kind(m_kind->currentData().toInt());
    const QString host = m_host->text().trimmed();
    QString problem;
    if (host.isEmpty()) {
        problem = tr("Give the address to listen on or to connect to.");
    } else {
        core::FeedConfig c;
        QString error;
        if (!parseEntered(&c, &error))
            problem = error;
        else if (k == CotMulticast && !c.isMulticast())
            problem = tr("%1 is not a multicast group (224.0.0.0 to 239.255.255.255).").arg(host);
        else if (k == CotUdp && c.isMulticast())
            problem = tr("%1 is a multicast group: choose \"CoT over UDP multicast\".").arg(host);
    }
    m_valid = problem.isEmpty();
    m_problem->setText(problem);
    m_problem->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace vigie::plugins
