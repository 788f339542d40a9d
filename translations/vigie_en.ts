<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TrackVerbs</name>
    <message numerus="yes">
        <source>Total: %n point(s) imported into %1, %2 rejected.</source>
        <translation>
            <numerusform>Total: %n point imported into %1, %2 rejected.</numerusform>
            <numerusform>Total: %n points imported into %1, %2 rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::AnalysisVerbs</name>
    <message numerus="yes">
        <source>%n open alert(s) updated with new incidents.</source>
        <translation>
            <numerusform>%n open alert updated with new incidents.</numerusform>
            <numerusform>%n open alerts updated with new incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 × %3 pixels from %n point(s), maximum %4 (%5 ms)</source>
        <translation>
            <numerusform>Wrote %1: %2 × %3 pixels from %n point, maximum %4 (%5 ms)</numerusform>
            <numerusform>Wrote %1: %2 × %3 pixels from %n points, maximum %4 (%5 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated the rules as of %1 over %n incident(s): %2 fired, %3 added, </source>
        <translation>
            <numerusform>Evaluated the rules as of %1 over %n incident: %2 fired, %3 added, </numerusform>
            <numerusform>Evaluated the rules as of %1 over %n incidents: %2 fired, %3 added, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::AnnotationVerbs</name>
    <message numerus="yes">
        <source>%1: %n annotation(s) added, %2 updated, %3 skipped (the mission&apos;s copy is the same or newer)</source>
        <translation>
            <numerusform>%1: %n annotation added, %2 updated, %3 skipped (the mission&apos;s copy is the same or newer)</numerusform>
            <numerusform>%1: %n annotations added, %2 updated, %3 skipped (the mission&apos;s copy is the same or newer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>Wrote %n annotation to %1</numerusform>
            <numerusform>Wrote %n annotations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::BriefVerb</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2, marked %3 (%4 ms)</source>
        <translation>
            <numerusform>Wrote %1: %n page, %2, marked %3 (%4 ms)</numerusform>
            <numerusform>Wrote %1: %n pages, %2, marked %3 (%4 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message numerus="yes">
        <source>%n plugin(s) could not be loaded; see Help &gt; Plugins.</source>
        <translation>
            <numerusform>%n plugin could not be loaded; see Help &gt; Plugins.</numerusform>
            <numerusform>%n plugins could not be loaded; see Help &gt; Plugins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::AlertReport</name>
    <message numerus="yes">
        <source>  %1  [%2]  %3 — %4 — %5 (%n incident(s))</source>
        <translation>
            <numerusform>  %1  [%2]  %3 — %4 — %5 (%n incident)</numerusform>
            <numerusform>  %1  [%2]  %3 — %4 — %5 (%n incidents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s) — %2 new, %3 acknowledged, %4 dismissed</source>
        <translation>
            <numerusform>%1: %n alert — %2 new, %3 acknowledged, %4 dismissed</numerusform>
            <numerusform>%1: %n alerts — %2 new, %3 acknowledged, %4 dismissed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedRecorder</name>
    <message numerus="yes">
        <source>live feeds stopped: %n message(s) received</source>
        <translation>
            <numerusform>live feeds stopped: %n message received</numerusform>
            <numerusform>live feeds stopped: %n messages received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n fix(es) stored</source>
        <translation>
            <numerusform>, %n fix stored</numerusform>
            <numerusform>, %n fixes stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentExporter</name>
    <message numerus="yes">
        <source>%1: %n incident(s) exported</source>
        <translation>
            <numerusform>%1: %n incident exported</numerusform>
            <numerusform>%1: %n incidents exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentImporter</name>
    <message numerus="yes">
        <source>%1: %n incident(s) imported</source>
        <translation>
            <numerusform>%1: %n incident imported</numerusform>
            <numerusform>%1: %n incidents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) rejected</source>
        <translation>
            <numerusform>, %n row rejected</numerusform>
            <numerusform>, %n rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::SiteIo</name>
    <message numerus="yes">
        <source>The CSV header lacks %n column(s): %1. It needs name, kind, lat, lon and radius.</source>
        <translation>
            <numerusform>The CSV header lacks %n column: %1. It needs name, kind, lat, lon and radius.</numerusform>
            <numerusform>The CSV header lacks %n columns: %1. It needs name, kind, lat, lon and radius.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackExporter</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s)</source>
        <translation>
            <numerusform>, %n point</numerusform>
            <numerusform>, %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackImportReport</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n track(s)</source>
        <translation>
            <numerusform> in %n track</numerusform>
            <numerusform> in %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n new)</numerusform>
            <numerusform> (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the mission</source>
        <translation>
            <numerusform>, %n already in the mission</numerusform>
            <numerusform>, %n already in the mission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other line(s) skipped</source>
        <translation>
            <numerusform>, %n other line skipped</numerusform>
            <numerusform>, %n other lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad checksum(s)</source>
        <translation>
            <numerusform>, %n bad checksum</numerusform>
            <numerusform>, %n bad checksums</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AlertsPanel</name>
    <message numerus="yes">
        <source>%n new alert(s) to review in the Alerts panel.</source>
        <translation>
            <numerusform>%n new alert to review in the Alerts panel.</numerusform>
            <numerusform>%n new alerts to review in the Alerts panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules evaluated as of %1 over %n incident(s): %2 fired, %3 added, %4 updated.</source>
        <translation>
            <numerusform>Rules evaluated as of %1 over %n incident: %2 fired, %3 added, %4 updated.</numerusform>
            <numerusform>Rules evaluated as of %1 over %n incidents: %2 fired, %3 added, %4 updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationsController</name>
    <message numerus="yes">
        <source>%n annotation(s) written to %1.</source>
        <translation>
            <numerusform>%n annotation written to %1.</numerusform>
            <numerusform>%n annotations written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentsController</name>
    <message numerus="yes">
        <source>%n incident(s) imported, %1 rejected.</source>
        <translation>
            <numerusform>%n incident imported, %1 rejected.</numerusform>
            <numerusform>%n incidents imported, %1 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to %1.</source>
        <translation>
            <numerusform>%n incident exported to %1.</numerusform>
            <numerusform>%n incidents exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentsPanel</name>
    <message numerus="yes">
        <source>%n incident(s) in the window</source>
        <translation>
            <numerusform>%n incident in the window</numerusform>
            <numerusform>%n incidents in the window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::SitesController</name>
    <message numerus="yes">
        <source>%n site(s) imported from %1.</source>
        <translation>
            <numerusform>%n site imported from %1.</numerusform>
            <numerusform>%n sites imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused; the first: %1</source>
        <translation>
            <numerusform>%n record refused; the first: %1</numerusform>
            <numerusform>%n records refused; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::ThreatPanel</name>
    <message numerus="yes">
        <source>%n incident(s), maximum density %1; hotspots when the time bar stops.</source>
        <translation>
            <numerusform>%n incident, maximum density %1; hotspots when the time bar stops.</numerusform>
            <numerusform>%n incidents, maximum density %1; hotspots when the time bar stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), maximum density %1</source>
        <translation>
            <numerusform>%n incident, maximum density %1</numerusform>
            <numerusform>%n incidents, maximum density %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n hotspot(s) above %1.</source>
        <translation>
            <numerusform>, %n hotspot above %1.</numerusform>
            <numerusform>, %n hotspots above %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksPanel</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks selected.</source>
        <translation>
            <numerusform>%n track selected.</numerusform>
            <numerusform>%n tracks selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) over 5 min: </source>
        <translation>
            <numerusform>%n gap over 5 min: </numerusform>
            <numerusform>%n gaps over 5 min: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksTransfer</name>
    <message numerus="yes">
        <source>%n point(s) imported, %1 rejected.</source>
        <translation>
            <numerusform>%n point imported, %1 rejected.</numerusform>
            <numerusform>%n points imported, %1 rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::Briefing</name>
    <message numerus="yes">
        <source>%1 (%n more not shown)</source>
        <translation>
            <numerusform>%1 (%n more not shown)</numerusform>
            <numerusform>%1 (%n more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::BriefingDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incident(s) in the area and period</source>
        <translation>
            <numerusform>, %n incident in the area and period</numerusform>
            <numerusform>, %n incidents in the area and period</numerusform>
        </translation>
    </message>
</context>
</TS>
