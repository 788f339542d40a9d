// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reader fixtures, kept out of the test source (moc of Qt 5 misreads raw string literals).

namespace vigie::test::fixtures {
inline const char *const k0 = R"X(<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
  <metadata><name>m</name></metadata>
  <wpt lat="16.27" lon="-0.04"><name>Camp</name></wpt>
  <trk><name>Patrol 1</name>
    <trkseg></trkseg>
    <trkseg>
      <trkpt lat="16.2717" lon="-0.0447"><!-- comment --><ele>265.5</ele><time>2026-11-24T11:00:00+01:00</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:speed>4.5</gpxtpx:speed><gpxtpx:course>91</gpxtpx:course></gpxtpx:TrackPointExtension></extensions>
      </trkpt>
      <trkpt lat="16.2720" lon="-0.0400"><time>2026-11-24T10:00:01.5Z</time></trkpt>
      <trkpt lat="999" lon="-0.0400"><time>2026-11-24T10:00:02Z</time></trkpt>
      <trkpt lat="16.2721" lon="-0.0399"><time>not a time</time></trkpt>
    </trkseg>
  </trk>
  <trk><name>empty</name></trk>
  <rte><name>Route</name><rtept lat="16.3" lon="-0.1"/><rtept lat="16.4" lon="-0.2"/></rte>
</gpx>)X";
inline const char *const k1 = R"X(<gpx version="1.0"><trk><trkseg>
<trkpt lat="16.1" lon="0.1"><speed>3.2</speed><course>45</course></trkpt>
<trkpt lat="16.2" lon="0.2"/></trkseg></trk></gpx>)X";
inline const char *const k2 = R"X(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<event version="2.0" uid="UAS-1" type="a-f-A-M-H-Q" how="m-g" time="2026-11-24T10:00:00.123Z" start="2026-11-24T10:00:00Z" stale="2026-11-24T10:05:00Z">
  <detail><contact callsign="Hawk 1"/><track course="45.5" speed="20"/></detail>
  <point lat="16.30" lon="-0.05" hae="9999999.0" ce="NaN" le="9999999.0"/>
</event><event version="2.0" uid="PAT-7" type="a-f-G-U-C" how="h-g-i-g-o" time="2026-11-24T10:00:01Z" start="2026-11-24T10:00:01Z" stale="2026-11-24T10:10:00Z"><point lat="16.27" lon="-0.04" hae="270" ce="12.5" le="5"/><detail><contact callsign="Patrol 7"/></detail></event>
<?xml version="1.0"?>
<event version="2.0" uid="UAS-1" type="a-f-A-M-H-Q" how="m-g" time="2026-11-24T10:00:05Z" start="2026-11-24T10:00:05Z" stale="2026-11-24T10:05:05Z"><point lat="16.31" lon="-0.06" hae="300" ce="10" le="10"/><detail><contact callsign="Hawk 1b"/></detail></event>
<event version="2.0" uid="chat-1" type="b-t-f" how="h-g-i-g-o" time="2026-11-24T10:00:05Z" start="2026-11-24T10:00:05Z" stale="2026-11-24T10:05:05Z"><point lat="0" lon="0" hae="0" ce="0" le="0"/><detail/></event>
<event version="2.0" uid="BAD" type="a-h-G" how="m-g" time="2026-11-24T10:00:05Z"><point lat="north" lon="0" hae="0" ce="0" le="0"/></event>
<event version="2.0" uid="TRUNC" type="a-h-G")X";
inline const char *const k3 = R"X(<event version="2.0" uid="u" type="a-h-G" time="2026-11-24T10:00:00Z"><point lat="1" lon="2" hae="0" ce="0" le="0"/></event>)X";
inline const char *const k4 = R"X(<event version="2.0" uid="u" type="a-h-G" time="2026-11-24T10:00:00Z"/>)X";
inline const char *const k5 = R"X(<event version="2.0" type="a-h-G" time="2026-11-24T10:00:00Z"><point lat="1" lon="2"/></event>)X";
inline const char *const k6 = R"X(<!DOCTYPE event [<!ENTITY a "b">]><event uid="u"><point lat="1" lon="2"/></event>)X";
inline const char *const k7 = R"X(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>
<Placemark><name>UAV orbit</name><gx:Track>
  <when>2026-11-24T10:00:00Z</when><when>2026-11-24T10:00:10Z</when>
  <gx:coord>-0.04 16.27 500</gx:coord><gx:coord>-0.03 16.28 510</gx:coord>
</gx:Track></Placemark>
<Placemark><name>Tracker</name><TimeStamp><when>2026-11-24T09:00:00Z</when></TimeStamp><Point><coordinates>-0.05,16.26,0</coordinates></Point></Placemark>
<Placemark><name>Tracker</name><TimeStamp><when>2026-11-24T09:01:00Z</when></TimeStamp><Point><coordinates>-0.06,16.25</coordinates></Point></Placemark>
<Placemark><name>Road</name><TimeSpan><begin>2026-11-24T08:00:00Z</begin><end>2026-11-24T09:00:00Z</end></TimeSpan>
  <LineString><coordinates>0,16 0,16.5 0,17</coordinates></LineString></Placemark>
<Placemark><name>Area</name><Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>)X";
} // namespace vigie::test::fixtures
