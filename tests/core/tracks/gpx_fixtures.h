// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// GPX documents for the tests that read a file with both of GpxTrackReader's parsers. Kept out of
// the test source (moc of Qt 5 misreads raw string literals).

namespace vigie::test::gpx {

// Every construct the fast path reads, with the values that test how text becomes numbers and
// times: blanks, references, signs, exponents, "inf", commas, an empty leaf, a time too long.
inline const char *const kEverything = R"X(<?xml version='1.0' encoding='utf-8' standalone = "yes" ?>
<!-- written by hand: every construct the fast path reads -->
<?vigie-test some data?>
<gpx version="1.1" creator="Vigie &amp; co &#x2014; test" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd"
     xmlns:gpxtpx='http://www.garmin.com/xmlschemas/TrackPointExtension/v2'>
  <!-- a comment
       over lines --><?pi over
       lines?>
  <metadata><name>Not a track name</name><time>2026-11-24T10:00:00Z</time></metadata>
  <extensions><trk><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></extensions>
  <wpt lat = "16.27" lon	=	'-0.04'><name>Camp &lt;A&gt;</name><ele>265</ele><time>2026-11-24T09:00:00Z</time></wpt>
  <trk>
    <name>Patrol &#49; &quot;Ménaka&quot; &apos;🚙&apos;</name>
    <trkseg>
      <trkpt lat="16.2717" lon="-0.0447"><?pi inside?><!-- a comment --><ele>265.5</ele><time>2026-11-24T11:00:00+01:00</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:speed>4.5</gpxtpx:speed><gpxtpx:course>91</gpxtpx:course></gpxtpx:TrackPointExtension></extensions>
      </trkpt>
      <trkpt
          lat="16.2720"
          lon="-0.0400"
      ><time>2026-11-24T10:00:01.5Z</time><speed>+3.5</speed><course>1e2</course></trkpt>
      <trkpt lat="&#49;6.3" lon="-0.0400&#10;"><time>  2026-11-24T10:00:02Z  </time><ele> -0 </ele></trkpt>
      <trkpt lat="999" lon="-0.0400"><time>2026-11-24T10:00:02Z</time></trkpt>
      <trkpt lat="16.2721" lon="-0.0399"><time>not a time</time></trkpt>
      <trkpt lat="16.2722" lon="-0.0398"><ele>26<!-- split -->6.5</ele><ele>1<b>2</b>3</ele></trkpt>
      <trkpt lat="16.2723" lon="-0.0397"><ele>abc</ele></trkpt>
      <trkpt lat="16.2724" lon="-0.0396"><ele></ele></trkpt>
      <trkpt lat="16.2725" lon="-0.0395"><ele/><time/></trkpt>
      <trkpt lat="16.2726" lon="-0.0394"><time> </time><hdop>0.9</hdop></trkpt>
      <trkpt lat=" 16.2727 " lon="-0.0393" />
      <trkpt lat="16.2728"/>
      <trkpt lat="1e1" lon=".5"><ele>5.</ele></trkpt>
      <trkpt lat="16.2729" lon="-0.0392"><ele>inf</ele></trkpt>
      <trkpt lat="16.2730" lon="-0.0391"><ele>1,5</ele></trkpt>
      <trkpt lat="16.2731" lon="-0.0390"><time>2026-11-24T10:00:09.1234567890123456789012345678901234567890123456789012345Z</time></trkpt>
      <trkpt lat="16.2732" lon="-0.0389"><time>2026-11-24T10:00:10Z</time><ele>&#x31;&#50;3</ele></trkpt>
      <trkpt lat="16.2733" lon="-0.0388"><time> 2026-11-24T10:00:11Z </time><ele> 7 </ele></trkpt>
      <trkpt lat="16.2734" lon="-0.0387"><time>2026-11-24T10:00:12Z</time><ele>0012.50</ele><speed>-1</speed><course>nan</course></trkpt>
    </trkseg>
  </trk>
  <trk><trkseg><trkpt lat="16.3" lon="-0.1"/></trkseg><name>Named late</name></trk>
  <trk><name>empty</name></trk>
  <trk><name></name><trkseg><trkpt lat="16.31" lon="-0.11"/></trkseg></trk>
  <rte><name>Route</name><rtept lat="16.3" lon="-0.1"/><rtept lat="16.4" lon="-0.2"><time>2026-11-24T10:00:00Z</time></rtept></rte>
  <wpt lat="16.28" lon="-0.05"/>
</gpx>
<!-- trailing comment
     over lines -->
<?trailing pi
   over lines?>
)X";

// GPX 1.0 with its elements prefixed, a prefix declared on the element that uses it.
inline const char *const kPrefixed = R"X(<g:gpx xmlns:g="http://www.topografix.com/GPX/1/0" version="1.0"><g:trk><g:name>P</g:name><g:trkseg>
<g:trkpt lat="1" lon="2"><g:ele>3</g:ele><x:course xmlns:x="urn:x">12</x:course></g:trkpt>
<g:trkpt lat="1.5" lon="2.5"><g:speed>4</g:speed></g:trkpt></g:trkseg></g:trk></g:gpx>
)X";

// Text that Qt trims (QChar::isSpace) beyond ASCII: a no-break space around a time and a number.
inline const char *const kUnicodeBlanks = "<gpx><trk><trkseg>\n"
                                          "<trkpt lat=\"1\" lon=\"2\"><time>\xC2\xA0" "2026-11-24T10:00:00Z\xC2\xA0</time><ele>\xC2\xA0" "5</ele></trkpt>\n"
                                          "<trkpt lat=\"\xC2\xA0" "1\" lon=\"2\"><time>2026-11-24T10:00:01Z\xE2\x80\x83</time></trkpt>\n"
                                          "<trkpt lat=\"1\" lon=\"2\"><time>\xE2\x80\x83x</time></trkpt>\n"
                                          "</trkseg></trk></gpx>\n";

} // namespace vigie::test::gpx
