<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Vigie — offline GIS workstation for Joint Operations Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo mission (built on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the map is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission file (*.vigie) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::Cli</name>
    <message>
        <source>Usage: vigie-cli &lt;verb&gt; [options] [--json]

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
vigie-cli --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; vigie-cli --help lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message>
        <source>Basemap (offline world map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission basemaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offline basemap: MBTiles, GeoPackage, GeoTIFF or any file GDAL reads (or drop it on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Vigie starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plugin(s) could not be loaded; see Help &gt; Plugins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can look, not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission was upgraded to this version of Vigie; the old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the demo mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie — no mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added; the mission remembers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added (open a mission to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission&apos;s basemap &quot;%1&quot; is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie missions (*.vigie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie missions (*.vigie);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline maps (*.mbtiles *.gpkg *.tif *.tiff *.vrt *.jp2 *.ecw *.png *.jpg *.shp *.geojson *.kml *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;br&gt;An offline GIS workstation for the Joint Operations Centres of UN peace operations.&lt;br&gt;Licence: GPL-2.0-or-later. Built on QGIS, GDAL, PROJ, SpatiaLite and GeographicLib.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::MissionVerbs</name>
    <message>
        <source>Mission   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File      %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created   %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of responsibility W,S,E,N in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli new M.vigie --name &quot;…&quot; [--aor W,S,E,N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created mission &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli info M.vigie [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same mission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vigie-cli demo --out M.vigie [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built the demo mission &quot;%1&quot; in %2 (seed %3, %4 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a mission: name, area, tables and counts, last changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the synthetic demo mission (central Mali).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::core::CoordinateParser</name>
    <message>
        <source>a coordinate has no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected degrees, minutes and seconds at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes must be below 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds must be below 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minus sign and a hemisphere letter together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a position: MGRS (31P CT 12345 67890), degrees (16.27 -0.04) or DMS (16°16&apos;18&quot;N 0°2&apos;41&quot;W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position: give latitude and longitude, or an MGRS reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same axis twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::core::GeoBox</name>
    <message>
        <source>A box is four numbers west,south,east,north; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box %1 is empty or outside -180..180 / -90..90 (order: west,south,east,north).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::core::MissionStore</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a mission file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Vigie mission: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Vigie mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (mission schema %2; this build reads up to %3). It was not changed; open it with a newer Vigie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unfinished mission (no schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a mission: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading to mission schema %2 but is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown basemap provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No basemap with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing of this change was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save (%1): %2. Nothing of this change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::core::mgrs</name>
    <message>
        <source>&quot;%1&quot; is not a valid MGRS reference (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::plugins::MissionPanel</name>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changes (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mission open — File &gt; Open mission, or File &gt; New mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
centre %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::plugins::MissionPanelPlugin</name>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::Basemap</name>
    <message>
        <source>The offline world map %1 is missing (package qgis-common).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-1 boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline world map %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a map file GDAL can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no raster or vector layer to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened as a map layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::CoordinateStatus</name>
    <message>
        <source>Cursor position in MGRS (1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position in decimal degrees (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the map&apos;s projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the globe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::GotoBox</name>
    <message>
        <source>Go to MGRS / lat lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MGRS (31P CT 12345 67890), decimal degrees (16.2717 -0.0447) or DMS (16°16&apos;18&quot;N 0°02&apos;41&quot;W); Enter to go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::PluginManager</name>
    <message>
        <source>not a Qt plugin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Vigie panel plugin (interface %1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plugin with id &quot;%1&quot; is already loaded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not implement the panel interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::TimeBar</name>
    <message>
        <source>Start of the time window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the time window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the time window through the mission&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step of the time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window as date-time groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
