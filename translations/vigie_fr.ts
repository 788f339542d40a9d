<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TrackVerbs</name>
    <message>
        <source>File format (default: recognised from the file).</source>
        <translation>Format du fichier (par défaut&#xa0;: déterminé d&apos;après le fichier).</translation>
    </message>
    <message>
        <source>Unknown track format &quot;%1&quot;; known: %2.</source>
        <translation>Format de piste «&#xa0;%1&#xa0;» inconnu&#xa0;; formats reconnus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>gpx, kml, geojson or csv.</source>
        <translation>gpx, kml, geojson ou csv.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601 or DTG).</source>
        <translation>Début de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601 or DTG).</source>
        <translation>Fin de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>usage: vigie-cli export tracks M.vigie --format gpx|kml|geojson|csv --out FILE [--from T --to T] [--json]</source>
        <translation>usage&#xa0;: vigie-cli export tracks M.vigie --format gpx|kml|geojson|csv --out FICHIER [--from T --to T] [--json]</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use gpx, kml, geojson or csv.</source>
        <translation>Format d&apos;export «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez gpx, kml, geojson ou csv.</translation>
    </message>
    <message>
        <source>--from is not a time: give ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26).</source>
        <translation>--from n&apos;est pas une date valide&#xa0;: indiquez-la au format ISO 8601 (2026-11-22T15:30Z) ou GDH (221530ZNOV26).</translation>
    </message>
    <message>
        <source>--to is not a time: give ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26).</source>
        <translation>--to n&apos;est pas une date valide&#xa0;: indiquez-la au format ISO 8601 (2026-11-22T15:30Z) ou GDH (221530ZNOV26).</translation>
    </message>
    <message>
        <source>The period is not valid: --from must come before --to.</source>
        <translation>La période n&apos;est pas valide&#xa0;: --from doit précéder --to.</translation>
    </message>
    <message>
        <source>For a CSV: which column holds what, e.g. time=Zeit,lat=Breite,lon=Laenge (the other columns are guessed by name).</source>
        <translation>Pour un CSV&#xa0;: quelle colonne contient quoi, p. ex. time=Zeit,lat=Breite,lon=Laenge (les autres colonnes sont déduites de leur nom).</translation>
    </message>
    <message>
        <source>usage: vigie-cli import tracks M.vigie FILE... [--format gpx|nmea|cot|kml|csv] [--map KEY=COLUMN,…] [--json]</source>
        <translation>usage&#xa0;: vigie-cli import tracks M.vigie FICHIER... [--format gpx|nmea|cot|kml|csv] [--map CLÉ=COLONNE,…] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n point(s) imported into %1, %2 rejected.</source>
        <translation>
            <numerusform>Total&#xa0;: %n point importé dans %1, %2 rejeté(s).</numerusform>
            <numerusform>Total&#xa0;: %n points importés dans %1, %2 rejeté(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigie — offline GIS workstation for Joint Operations Centres</source>
        <translation>Vigie — poste de travail SIG hors ligne pour les centres d&apos;opérations conjoints</translation>
    </message>
    <message>
        <source>Open the demo mission (built on first use).</source>
        <translation>Ouvrir la mission de démonstration (générée à la première utilisation).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the map is drawn, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;png&gt; une fois la carte affichée, puis quitter.</translation>
    </message>
    <message>
        <source>A mission file (*.vigie) to open.</source>
        <translation>Fichier de mission (*.vigie) à ouvrir.</translation>
    </message>
    <message>
        <source>Open the mission read-only: nothing in it can be changed.</source>
        <translation>Ouvrir la mission en lecture seule&#xa0;: rien ne peut y être modifié.</translation>
    </message>
</context>
<context>
    <name>vigie::app::AnalysisVerbs</name>
    <message>
        <source>GeoTIFF to write.</source>
        <translation>GeoTIFF à écrire.</translation>
    </message>
    <message>
        <source>Start of the window (ISO 8601 or DTG).</source>
        <translation>Début de la fenêtre temporelle (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>End of the window (ISO 8601 or DTG).</source>
        <translation>Fin de la fenêtre temporelle (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>Kernel radius in metres.</source>
        <translation>Rayon du noyau en mètres.</translation>
    </message>
    <message>
        <source>Pixel size in metres.</source>
        <translation>Taille de pixel en mètres.</translation>
    </message>
    <message>
        <source>quartic, triangular, uniform, triweight, epanechnikov or gaussian.</source>
        <translation>quartic, triangular, uniform, triweight, epanechnikov ou gaussian.</translation>
    </message>
    <message>
        <source>severity, fatalities or none.</source>
        <translation>severity, fatalities ou none.</translation>
    </message>
    <message>
        <source>Temporal decay: recent incidents weigh more.</source>
        <translation>Décroissance temporelle&#xa0;: les incidents récents pèsent davantage.</translation>
    </message>
    <message>
        <source>Any point file GDAL reads instead of the mission (radius and pixel in its CRS units).</source>
        <translation>Tout fichier de points lisible par GDAL, à la place de la mission (rayon et pixel exprimés dans les unités de son système de coordonnées).</translation>
    </message>
    <message>
        <source>With --points: the field holding each point&apos;s weight.</source>
        <translation>Avec --points&#xa0;: champ contenant le poids de chaque point.</translation>
    </message>
    <message>
        <source>--radius-m and --pixel-m take positive numbers.</source>
        <translation>--radius-m et --pixel-m attendent des nombres positifs.</translation>
    </message>
    <message>
        <source>Unknown kernel &quot;%1&quot;.</source>
        <translation>Noyau «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>The window is not valid: give --from before --to (ISO 8601 or DTG).</source>
        <translation>La fenêtre temporelle n&apos;est pas valide&#xa0;: indiquez --from avant --to (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>--weight takes severity, fatalities or none.</source>
        <translation>--weight attend severity, fatalities ou none.</translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number.</source>
        <translation>--half-life-days attend un nombre positif.</translation>
    </message>
    <message>
        <source>Evaluate as of this time (ISO 8601 or DTG; default now).</source>
        <translation>Évaluer à cette date et heure (ISO 8601 ou GDH&#xa0;; par défaut, maintenant).</translation>
    </message>
    <message>
        <source>Only list the stored alerts.</source>
        <translation>Se contenter de lister les alertes enregistrées.</translation>
    </message>
    <message>
        <source>usage: vigie-cli alerts M.vigie [--at T] [--no-evaluate] [--json]</source>
        <translation>usage&#xa0;: vigie-cli alerts M.vigie [--at T] [--no-evaluate] [--json]</translation>
    </message>
    <message>
        <source>--at takes ISO 8601 or a DTG.</source>
        <translation>--at attend une date ISO 8601 ou un GDH.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kernel density of the incidents in a window, as a GeoTIFF (or of any point file).</source>
        <translation>Carte de densité par noyau des incidents d&apos;une fenêtre temporelle (ou de tout fichier de points), au format GeoTIFF.</translation>
    </message>
    <message>
        <source>Evaluate the alert rules around the protected sites and list the alerts with their evidence.</source>
        <translation>Évaluer les règles d&apos;alerte autour des sites protégés et lister les alertes avec leurs éléments justificatifs.</translation>
    </message>
    <message>
        <source>The grid&apos;s projected CRS as an EPSG code (default: the UTM zone of the incidents).</source>
        <translation>Le système de coordonnées projeté de la grille, en code EPSG (par défaut&#xa0;: la zone UTM des incidents).</translation>
    </message>
    <message>
        <source>usage: vigie-cli heatmap M.vigie --out heat.tif [--from T --to T] [--radius-m R] [--pixel-m P] [--kernel K] [--weight severity|fatalities|none] [--half-life-days D] [--categories C,C] [--epsg N] | --points FILE</source>
        <translation>usage&#xa0;: vigie-cli heatmap M.vigie --out heat.tif [--from T --to T] [--radius-m R] [--pixel-m P] [--kernel K] [--weight severity|fatalities|none] [--half-life-days D] [--categories C,C] [--epsg N] | --points FICHIER</translation>
    </message>
    <message>
        <source>Unknown incident category &quot;%1&quot; in --categories.</source>
        <translation>Catégorie d&apos;incident inconnue «&#xa0;%1&#xa0;» dans --categories.</translation>
    </message>
    <message>
        <source>--epsg takes an EPSG code, e.g. 32631.</source>
        <translation>--epsg attend un code EPSG, p. ex. 32631.</translation>
    </message>
    <message>
        <source>Only these incident categories, comma-separated (e.g. ied_explosive,armed_clash); default all.</source>
        <translation>Uniquement ces catégories d&apos;incidents, séparées par des virgules (p. ex. ied_explosive,armed_clash)&#xa0;; par défaut toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) updated with new incidents.</source>
        <translation>
            <numerusform>%n alerte ouverte complétée par de nouveaux incidents.</numerusform>
            <numerusform>%n alertes ouvertes complétées par de nouveaux incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 × %3 pixels from %n point(s), maximum %4 (%5 ms)</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %2 × %3 pixels à partir de %n point, maximum %4 (%5 ms)</numerusform>
            <numerusform>%1 écrit&#xa0;: %2 × %3 pixels à partir de %n points, maximum %4 (%5 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated the rules as of %1 over %n incident(s): %2 fired, %3 added, </source>
        <translation>
            <numerusform>Règles évaluées au %1 sur %n incident&#xa0;: %2 alertes déclenchées, %3 ajoutées, </numerusform>
            <numerusform>Règles évaluées au %1 sur %n incidents&#xa0;: %2 alertes déclenchées, %3 ajoutées, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::AnnotationVerbs</name>
    <message>
        <source>usage: vigie-cli import annotations M.vigie FILE.geojson|FILE.kml [--json]</source>
        <translation>usage&#xa0;: vigie-cli import annotations M.vigie FICHIER.geojson|FICHIER.kml [--json]</translation>
    </message>
    <message>
        <source>geojson or kml (default: from the file&apos;s extension).</source>
        <translation>geojson ou kml (par défaut&#xa0;: d&apos;après l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>usage: vigie-cli export annotations M.vigie --format geojson|kml --out FILE [--json]</source>
        <translation>usage&#xa0;: vigie-cli export annotations M.vigie --format geojson|kml --out FICHIER [--json]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use geojson or kml.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez geojson ou kml.</translation>
    </message>
    <message>
        <source>--format %1 does not match the file name %2.</source>
        <translation>--format %1 ne correspond pas au nom de fichier %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) added, %2 updated, %3 skipped (the mission&apos;s copy is the same or newer)</source>
        <translation>
            <numerusform>%1&#xa0;: %n annotation ajoutée, %2 mise(s) à jour, %3 ignorée(s) (la copie de la mission est identique ou plus récente)</numerusform>
            <numerusform>%1&#xa0;: %n annotations ajoutées, %2 mise(s) à jour, %3 ignorée(s) (la copie de la mission est identique ou plus récente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n annotation écrite dans %1</numerusform>
            <numerusform>%n annotations écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::BriefVerb</name>
    <message>
        <source>a4-landscape, a4-portrait, a3-landscape or a3-portrait.</source>
        <translation>a4-landscape, a4-portrait, a3-landscape ou a3-portrait.</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>Titre.</translation>
    </message>
    <message>
        <source>Subtitle.</source>
        <translation>Sous-titre.</translation>
    </message>
    <message>
        <source>Producing unit.</source>
        <translation>Unité productrice.</translation>
    </message>
    <message>
        <source>Author.</source>
        <translation>Auteur.</translation>
    </message>
    <message>
        <source>Notes printed on the page.</source>
        <translation>Notes imprimées sur la page.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601 or DTG).</source>
        <translation>Début de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601 or DTG).</source>
        <translation>Fin de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>Area W,S,E,N in degrees.</source>
        <translation>Zone W,S,E,N (ouest, sud, est, nord) en degrés.</translation>
    </message>
    <message>
        <source>Area between two MGRS corners A,B.</source>
        <translation>Zone comprise entre deux coins MGRS A,B.</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translation>Résolution de la sortie PNG.</translation>
    </message>
    <message>
        <source>Raise the classification (never below the data&apos;s).</source>
        <translation>Relever la classification (jamais en dessous de celle des données).</translation>
    </message>
    <message>
        <source>One page each for the last 24 h, 7 days and 30 days.</source>
        <translation>Une page pour chacune des périodes suivantes&#xa0;: dernières 24 h, 7 jours et 30 jours.</translation>
    </message>
    <message>
        <source>usage: vigie-cli brief M.vigie --out brief.pdf [--template …] [--title T] [--from T --to T] [--bbox W,S,E,N | --mgrs-box A,B] [--dpi N] [--time-pack] [--marking M]</source>
        <translation>usage&#xa0;: vigie-cli brief M.vigie --out brief.pdf [--template …] [--title T] [--from T --to T] [--bbox W,S,E,N | --mgrs-box A,B] [--dpi N] [--time-pack] [--marking M]</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; use a4-landscape, a4-portrait, a3-landscape or a3-portrait.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez a4-landscape, a4-portrait, a3-landscape ou a3-portrait.</translation>
    </message>
    <message>
        <source>Unknown marking &quot;%1&quot;; use one of: %2.</source>
        <translation>Marquage «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un des marquages suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--dpi takes a number from 36 to 1200.</source>
        <translation>--dpi attend un nombre compris entre 36 et 1200.</translation>
    </message>
    <message>
        <source>No area: give --bbox or --mgrs-box, or set the mission&apos;s area of responsibility.</source>
        <translation>Aucune zone&#xa0;: indiquez --bbox ou --mgrs-box, ou définissez la zone de responsabilité de la mission.</translation>
    </message>
    <message>
        <source>The period is not valid: give --from before --to, as ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26).</source>
        <translation>La période n&apos;est pas valide&#xa0;: indiquez --from avant --to, au format ISO 8601 (2026-11-22T15:30Z) ou GDH (221530ZNOV26).</translation>
    </message>
    <message>
        <source>Print-ready briefing (PDF or PNG) with classification banners, MGRS grid, legend and incident summary.</source>
        <translation>Dossier de briefing prêt à imprimer (PDF ou PNG) avec bandeaux de classification, quadrillage MGRS, légende et synthèse des incidents.</translation>
    </message>
    <message>
        <source>PDF (or .png, or a QGIS project .qgz) to write.</source>
        <translation>PDF (ou .png, ou projet QGIS .qgz) à écrire.</translation>
    </message>
    <message>
        <source>The incidents of %1 cannot be read as a map layer.</source>
        <translation>Les incidents de %1 ne peuvent pas être lus comme couche cartographique.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2, marked %3 (%4 ms)</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n page, %2, marquage %3 (%4 ms)</numerusform>
            <numerusform>%1 écrit&#xa0;: %n pages, %2, marquage %3 (%4 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::app::Cli</name>
    <message>
        <source>Usage: vigie-cli &lt;verb&gt; [options] [--json]

Verbs:
</source>
        <translation>Usage&#xa0;: vigie-cli &lt;verbe&gt; [options] [--json]

Verbes&#xa0;:
</translation>
    </message>
    <message>
        <source>
vigie-cli --version prints the version.
</source>
        <translation>
vigie-cli --version affiche la version.
</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; vigie-cli --help lists them.</source>
        <translation>Verbe «&#xa0;%1&#xa0;» inconnu&#xa0;; vigie-cli --help donne la liste des verbes.</translation>
    </message>
</context>
<context>
    <name>vigie::app::FeedVerb</name>
    <message>
        <source>The mission file (*.vigie) to record into.</source>
        <translation>Fichier de mission (*.vigie) dans lequel enregistrer.</translation>
    </message>
    <message>
        <source>Listen for a feed (cot+udp, cot+tcp, nmea+udp, nmea+tcp).</source>
        <translation>Écouter un flux (cot+udp, cot+tcp, nmea+udp, nmea+tcp).</translation>
    </message>
    <message>
        <source>Connect to a feed server (cot+tcp, nmea+tcp, gpsd).</source>
        <translation>Se connecter à un serveur de flux (cot+tcp, nmea+tcp, gpsd).</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: until SIGINT/SIGTERM).</source>
        <translation>Arrêter au bout de S secondes (par défaut&#xa0;: jusqu&apos;à SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Print a status line every S seconds (on stderr); its &quot;stored&quot; count is what is committed to the mission.</source>
        <translation>Afficher une ligne d&apos;état toutes les S secondes (sur stderr)&#xa0;; son compte «&#xa0;stored&#xa0;» est ce qui est validé dans la mission.</translation>
    </message>
    <message>
        <source>Usage: vigie-cli feed M.vigie --listen URL [--connect URL] [--duration S] [--report-every S] [--json]</source>
        <translation>Usage&#xa0;: vigie-cli feed M.vigie --listen URL [--connect URL] [--duration S] [--report-every S] [--json]</translation>
    </message>
    <message>
        <source>The mission %1 does not exist (vigie-cli new creates one).</source>
        <translation>La mission %1 n&apos;existe pas (vigie-cli new permet d&apos;en créer une).</translation>
    </message>
    <message>
        <source>No feed: give at least one --listen or --connect.</source>
        <translation>Aucun flux&#xa0;: indiquez au moins une option --listen ou --connect.</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds.</source>
        <translation>--duration attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>--report-every needs a positive number of seconds.</source>
        <translation>--report-every attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>vigie-cli feed: recording into %1 from %2; Ctrl+C stops</source>
        <translation>vigie-cli feed&#xa0;: enregistrement dans %1 depuis %2&#xa0;; Ctrl+C pour arrêter</translation>
    </message>
    <message>
        <source>Recorded %1 s into %2%3</source>
        <translation>Enregistrement de %1 s dans %2%3</translation>
    </message>
    <message>
        <source> (stopped by signal %1)</source>
        <translation> (arrêté par le signal %1)</translation>
    </message>
    <message>
        <source>Total: received %1, stored %2, duplicates %3, rejected %4, ignored %5</source>
        <translation>Total&#xa0;: %1 reçus, %2 enregistrés, %3 doublons, %4 rejetés, %5 ignorés</translation>
    </message>
    <message>
        <source>Mission write error: %1</source>
        <translation>Erreur d&apos;écriture dans la mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record live sensor feeds (CoT, NMEA, gpsd) into a mission until the duration or a signal.</source>
        <translation>Enregistrer dans une mission les flux de capteurs en direct (CoT, NMEA, gpsd), jusqu&apos;au terme de la durée fixée ou jusqu&apos;à réception d&apos;un signal.</translation>
    </message>
</context>
<context>
    <name>vigie::app::ImportExportVerbs</name>
    <message>
        <source>usage: vigie-cli %1 &lt;%2&gt; …
  %3</source>
        <translation>usage&#xa0;: vigie-cli %1 &lt;%2&gt; …
  %3</translation>
    </message>
    <message>
        <source>vigie-cli %1 does not know &quot;%2&quot;; it knows: %3.</source>
        <translation>vigie-cli %1 ne connaît pas «&#xa0;%2&#xa0;»&#xa0;; valeurs reconnues&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Import files into a mission (exit 0 all accepted, 2 some rejected, 1 nothing imported).</source>
        <translation>Importer des fichiers dans une mission (code de sortie 0&#xa0;: tout accepté, 2&#xa0;: rejets partiels, 1&#xa0;: rien importé).</translation>
    </message>
    <message>
        <source>Export a mission&apos;s data to a file.</source>
        <translation>Exporter les données d&apos;une mission vers un fichier.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not KEY=COLUMN with a key among %2.</source>
        <translation>--map&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme CLÉ=COLONNE avec une clé parmi %2.</translation>
    </message>
    <message>
        <source>--map reads a CSV by its columns: use it with --format csv or none.</source>
        <translation>--map lit un CSV par ses colonnes&#xa0;: utilisez-le avec --format csv ou sans --format.</translation>
    </message>
</context>
<context>
    <name>vigie::app::IncidentVerbs</name>
    <message>
        <source>acled, hxl, csv, geojson, kml or ogr (default: recognised from the file).</source>
        <translation>acled, hxl, csv, geojson, kml ou ogr (par défaut&#xa0;: déterminé d&apos;après le fichier).</translation>
    </message>
    <message>
        <source>csv (ACLED columns), geojson, gpkg or kml.</source>
        <translation>csv (colonnes ACLED), geojson, gpkg ou kml.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601 or DTG).</source>
        <translation>Début de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601 or DTG).</source>
        <translation>Fin de la période (ISO 8601 ou GDH).</translation>
    </message>
    <message>
        <source>Area W,S,E,N in degrees.</source>
        <translation>Zone W,S,E,N (ouest, sud, est, nord) en degrés.</translation>
    </message>
    <message>
        <source>usage: vigie-cli export incidents M.vigie --format csv|geojson|gpkg|kml --out FILE [--from T --to T] [--bbox W,S,E,N]</source>
        <translation>usage&#xa0;: vigie-cli export incidents M.vigie --format csv|geojson|gpkg|kml --out FICHIER [--from T --to T] [--bbox W,S,E,N]</translation>
    </message>
    <message>
        <source>--from takes ISO 8601 or a DTG, not &quot;%1&quot;.</source>
        <translation>--from attend une date ISO 8601 ou un GDH, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--to takes ISO 8601 or a DTG, not &quot;%1&quot;.</source>
        <translation>--to attend une date ISO 8601 ou un GDH, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>For a CSV: which column holds what, e.g. time=Quand,lat=Y,lon=X (the other columns are guessed by name).</source>
        <translation>Pour un CSV&#xa0;: quelle colonne contient quoi, p. ex. time=Quand,lat=Y,lon=X (les autres colonnes sont déduites de leur nom).</translation>
    </message>
    <message>
        <source>usage: vigie-cli import incidents M.vigie FILE... [--format acled|hxl|csv|geojson|kml|ogr] [--map KEY=COLUMN,…] [--json]</source>
        <translation>usage&#xa0;: vigie-cli import incidents M.vigie FICHIER... [--format acled|hxl|csv|geojson|kml|ogr] [--map CLÉ=COLONNE,…] [--json]</translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message>
        <source>Basemap (offline world map)</source>
        <translation>Fond de carte (carte du monde hors ligne)</translation>
    </message>
    <message>
        <source>Mission basemaps</source>
        <translation>Fonds de carte de la mission</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Outils cartographiques</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Open mission…</source>
        <translation>&amp;Ouvrir une mission…</translation>
    </message>
    <message>
        <source>Open the &amp;demo mission</source>
        <translation>Ouvrir la mission de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close mission</source>
        <translation>&amp;Fermer la mission</translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>Ajouter un fond de &amp;carte…</translation>
    </message>
    <message>
        <source>Add an offline basemap: MBTiles, GeoPackage, GeoTIFF or any file GDAL reads (or drop it on the map)</source>
        <translation>Ajouter un fond de carte hors ligne&#xa0;: MBTiles, GeoPackage, GeoTIFF ou tout fichier lisible par GDAL (ou le déposer sur la carte)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom to the area of responsibility</source>
        <translation>Zoomer sur la zone de responsabilité</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Go to a position</source>
        <translation>Aller à une position</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies when Vigie starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Vigie.</translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Extensions…</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Extensions</translation>
    </message>
    <message numerus="yes">
        <source>%n plugin(s) could not be loaded; see Help &gt; Plugins.</source>
        <translation>
            <numerusform>%n extension n&apos;a pas pu être chargée&#xa0;; voir Aide &gt; Extensions.</numerusform>
            <numerusform>%n extensions n&apos;ont pas pu être chargées&#xa0;; voir Aide &gt; Extensions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>The mission was upgraded to this version of Vigie; the old file is kept as %1.</source>
        <translation>La mission a été mise à niveau pour cette version de Vigie&#xa0;; l&apos;ancien fichier est conservé sous %1.</translation>
    </message>
    <message>
        <source>Could not open the mission</source>
        <translation>Impossible d&apos;ouvrir la mission</translation>
    </message>
    <message>
        <source>Could not create the mission</source>
        <translation>Impossible de créer la mission</translation>
    </message>
    <message>
        <source>Could not build the demo mission</source>
        <translation>Impossible de générer la mission de démonstration</translation>
    </message>
    <message>
        <source>Vigie — no mission</source>
        <translation>Vigie — aucune mission</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Vigie — %1 (%2)</source>
        <translation>Vigie — %1 (%2)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>%1 added; the mission remembers it.</source>
        <translation>%1 ajouté&#xa0;; il est enregistré dans la mission.</translation>
    </message>
    <message>
        <source>%1 added (open a mission to keep it).</source>
        <translation>%1 ajouté (ouvrez une mission pour le conserver).</translation>
    </message>
    <message>
        <source>The mission&apos;s basemap &quot;%1&quot; is missing: %2</source>
        <translation>Le fond de carte «&#xa0;%1&#xa0;» de la mission est introuvable&#xa0;: %2</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Vigie missions (*.vigie)</source>
        <translation>Missions Vigie (*.vigie)</translation>
    </message>
    <message>
        <source>Mission name:</source>
        <translation>Nom de la mission&#xa0;:</translation>
    </message>
    <message>
        <source>Open mission</source>
        <translation>Ouvrir une mission</translation>
    </message>
    <message>
        <source>Vigie missions (*.vigie);;All files (*)</source>
        <translation>Missions Vigie (*.vigie);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation>Ajouter un fond de carte</translation>
    </message>
    <message>
        <source>Offline maps (*.mbtiles *.gpkg *.tif *.tiff *.vrt *.jp2 *.ecw *.png *.jpg *.shp *.geojson *.kml *.sqlite);;All files (*)</source>
        <translation>Cartes hors ligne (*.mbtiles *.gpkg *.tif *.tiff *.vrt *.jp2 *.ecw *.png *.jpg *.shp *.geojson *.kml *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargée</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargée</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;br&gt;An offline GIS workstation for the Joint Operations Centres of UN peace operations.&lt;br&gt;Licence: GPL-2.0-or-later. Built on QGIS, GDAL, PROJ, SpatiaLite and GeographicLib.</source>
        <translation>&lt;b&gt;Vigie %1&lt;/b&gt;&lt;br&gt;Poste de travail SIG hors ligne pour les centres d&apos;opérations conjoints (JOC) des opérations de paix des Nations Unies.&lt;br&gt;Licence&#xa0;: GPL-2.0-or-later. Repose sur QGIS, GDAL, PROJ, SpatiaLite et GeographicLib.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved. You can look at it, not change it.</source>
        <translation>%1 est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées. Consultation possible, modification impossible.</translation>
    </message>
    <message>
        <source>%1 is shown for this session only: the mission is read-only, changes cannot be saved.</source>
        <translation>%1 est affiché pour cette session seulement&#xa0;: la mission est en lecture seule, les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>vigie::app::MissionVerbs</name>
    <message>
        <source>Mission   %1</source>
        <translation>Mission   %1</translation>
    </message>
    <message>
        <source>File      %1%2</source>
        <translation>Fichier   %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Id        %1</source>
        <translation>ID        %1</translation>
    </message>
    <message>
        <source>Schema    %1</source>
        <translation>Schéma    %1</translation>
    </message>
    <message>
        <source>Created   %1 by %2</source>
        <translation>Création  %1 par %2</translation>
    </message>
    <message>
        <source>Area      %1</source>
        <translation>Zone      %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Last changes:</source>
        <translation>Dernières modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Mission name.</source>
        <translation>Nom de la mission.</translation>
    </message>
    <message>
        <source>Area of responsibility W,S,E,N in degrees.</source>
        <translation>Zone de responsabilité W,S,E,N (ouest, sud, est, nord) en degrés.</translation>
    </message>
    <message>
        <source>usage: vigie-cli new M.vigie --name &quot;…&quot; [--aor W,S,E,N]</source>
        <translation>usage&#xa0;: vigie-cli new M.vigie --name &quot;…&quot; [--aor W,S,E,N]</translation>
    </message>
    <message>
        <source>Created mission &quot;%1&quot; in %2</source>
        <translation>Mission «&#xa0;%1&#xa0;» créée dans %2</translation>
    </message>
    <message>
        <source>usage: vigie-cli info M.vigie [--json]</source>
        <translation>usage&#xa0;: vigie-cli info M.vigie [--json]</translation>
    </message>
    <message>
        <source>Mission file to create.</source>
        <translation>Fichier de mission à créer.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same mission).</source>
        <translation>Graine aléatoire (même graine, même mission).</translation>
    </message>
    <message>
        <source>usage: vigie-cli demo --out M.vigie [--seed N]</source>
        <translation>usage&#xa0;: vigie-cli demo --out M.vigie [--seed N]</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Built the demo mission &quot;%1&quot; in %2 (seed %3, %4 ms)
</source>
        <translation>Mission de démonstration «&#xa0;%1&#xa0;» générée dans %2 (graine %3, %4 ms)
</translation>
    </message>
    <message>
        <source>Create an empty mission.</source>
        <translation>Créer une mission vide.</translation>
    </message>
    <message>
        <source>Describe a mission: name, area, tables and counts, last changes.</source>
        <translation>Décrire une mission&#xa0;: nom, zone, tables et nombre d&apos;enregistrements, dernières modifications.</translation>
    </message>
    <message>
        <source>Build the synthetic demo mission (central Mali).</source>
        <translation>Générer la mission de démonstration synthétique (centre du Mali).</translation>
    </message>
</context>
<context>
    <name>vigie::core::AcledReader</name>
    <message>
        <source>ACLED CSV export</source>
        <translation>Export CSV ACLED</translation>
    </message>
    <message>
        <source>not an ACLED file: the header has no &quot;%1&quot; column</source>
        <translation>ce n&apos;est pas un fichier ACLED&#xa0;: l&apos;en-tête ne contient pas de colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>bad event_date &quot;%1&quot;</source>
        <translation>valeur de event_date «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad fatalities &quot;%1&quot;</source>
        <translation>valeur de fatalities «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
</context>
<context>
    <name>vigie::core::AcledWriter</name>
    <message>
        <source>ACLED CSV</source>
        <translation>CSV ACLED</translation>
    </message>
</context>
<context>
    <name>vigie::core::Alert</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
</context>
<context>
    <name>vigie::core::AlertEngine</name>
    <message>
        <source>The evaluation window ends before it starts; no rule was evaluated.</source>
        <translation>La fenêtre d&apos;évaluation se termine avant de commencer&#xa0;; aucune règle n&apos;a été évaluée.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: unknown type &quot;%2&quot;; skipped.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu&#xa0;; règle ignorée.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2; skipped.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; règle ignorée.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a density (heatmap) and none was given; skipped.</source>
        <translation>La règle «&#xa0;%1&#xa0;» nécessite une densité (carte de densité) et aucune n&apos;a été fournie&#xa0;; règle ignorée.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a time window of some length; skipped.</source>
        <translation>La règle «&#xa0;%1&#xa0;» nécessite une fenêtre temporelle de durée non nulle&#xa0;; règle ignorée.</translation>
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
    <message>
        <source>; %1 by %2 at %3: %4</source>
        <translation>&#xa0;; %1 par %2 le %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s) — %2 new, %3 acknowledged, %4 dismissed</source>
        <translation>
            <numerusform>%1&#xa0;: %n alerte — %2 nouvelle(s), %3 acquittée(s), %4 écartée(s)</numerusform>
            <numerusform>%1&#xa0;: %n alertes — %2 nouvelle(s), %3 acquittée(s), %4 écartée(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::AlertRepository</name>
    <message>
        <source>Say why you acknowledge this alert: a comment is required.</source>
        <translation>Indiquez pourquoi vous acquittez cette alerte&#xa0;: un commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Say why you dismiss this alert: a comment is required.</source>
        <translation>Indiquez pourquoi vous écartez cette alerte&#xa0;: un commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>No alert with id %1.</source>
        <translation>Aucune alerte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This alert is already %1; nothing was changed.</source>
        <translation>Cette alerte est déjà %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>vigie::core::AlertRuleRepository</name>
    <message>
        <source>An alert rule needs a name.</source>
        <translation>Une règle d&apos;alerte doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown alert rule type &quot;%1&quot;.</source>
        <translation>Type de règle d&apos;alerte «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Alert rule &quot;%1&quot;: %2.</source>
        <translation>Règle d&apos;alerte «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No alert rule with id %1.</source>
        <translation>Aucune règle d&apos;alerte avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>vigie::core::Annotation</name>
    <message>
        <source>The annotation has no geometry.</source>
        <translation>L&apos;annotation n&apos;a pas de géométrie.</translation>
    </message>
    <message>
        <source>The geometry does not fit the kind of annotation.</source>
        <translation>La géométrie ne correspond pas au type d&apos;annotation.</translation>
    </message>
    <message>
        <source>A circle needs one radius.</source>
        <translation>Un cercle nécessite un rayon et un seul.</translation>
    </message>
    <message>
        <source>Range rings need at least one radius.</source>
        <translation>Les cercles de distance nécessitent au moins un rayon.</translation>
    </message>
    <message>
        <source>A radius must be more than 0 m and less than 20 000 km.</source>
        <translation>Un rayon doit être supérieur à 0 m et inférieur à 20 000 km.</translation>
    </message>
    <message>
        <source>A text annotation needs a text.</source>
        <translation>Une annotation de texte doit contenir un texte.</translation>
    </message>
    <message>
        <source>A symbol annotation needs a symbol.</source>
        <translation>Une annotation de symbole doit contenir un symbole.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Range rings</source>
        <translation>Cercles de distance</translation>
    </message>
</context>
<context>
    <name>vigie::core::AnnotationRepository</name>
    <message>
        <source>The annotation %1 is not in this mission.</source>
        <translation>L&apos;annotation %1 ne fait pas partie de cette mission.</translation>
    </message>
    <message>
        <source>The annotation was changed meanwhile (version %1, not %2); nothing was saved. Look at it again and redo the change.</source>
        <translation>L&apos;annotation a été modifiée entre-temps (version %1 et non %2)&#xa0;; rien n&apos;a été enregistré. Consultez-la de nouveau et refaites la modification.</translation>
    </message>
    <message>
        <source>Annotation %1 of %2: %3 Nothing was imported.</source>
        <translation>Annotation %1 sur %2&#xa0;: %3 Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>vigie::core::CoordinateParser</name>
    <message>
        <source>a coordinate has no number</source>
        <translation>une coordonnée ne contient aucun nombre</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>expected degrees, minutes and seconds at most</source>
        <translation>on attend au plus des degrés, des minutes et des secondes</translation>
    </message>
    <message>
        <source>minutes must be below 60</source>
        <translation>les minutes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>seconds must be below 60</source>
        <translation>les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>a minus sign and a hemisphere letter together</source>
        <translation>signe moins et lettre d&apos;hémisphère ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>Type a position: MGRS (31P CT 12345 67890), degrees (16.27 -0.04) or DMS (16°16&apos;18&quot;N 0°2&apos;41&quot;W).</source>
        <translation>Saisissez une position&#xa0;: MGRS (31P CT 12345 67890), degrés (16.27 -0.04) ou DMS (16°16&apos;18&quot;N 0°2&apos;41&quot;O).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position: give latitude and longitude, or an MGRS reference.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une position&#xa0;: indiquez une latitude et une longitude, ou une référence MGRS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une position&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same axis twice.</source>
        <translation>«&#xa0;%1&#xa0;» indique deux fois le même axe.</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90.</source>
        <translation>la latitude %1 est hors de l&apos;intervalle -90..90.</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180.</source>
        <translation>la longitude %1 est hors de l&apos;intervalle -180..180.</translation>
    </message>
</context>
<context>
    <name>vigie::core::CotEvent</name>
    <message>
        <source>not a CoT event (root &lt;%1&gt;)</source>
        <translation>ce n&apos;est pas un événement CoT (racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>missing or invalid point lat/lon</source>
        <translation>lat/lon du point manquantes ou non valides</translation>
    </message>
    <message>
        <source>no &lt;event&gt; element</source>
        <translation>aucun élément &lt;event&gt;</translation>
    </message>
    <message>
        <source>the event has no uid</source>
        <translation>l&apos;événement n&apos;a pas d&apos;uid</translation>
    </message>
    <message>
        <source>the event has no &lt;point&gt;</source>
        <translation>l&apos;événement n&apos;a pas d&apos;élément &lt;point&gt;</translation>
    </message>
    <message>
        <source>the event has no valid time or start</source>
        <translation>l&apos;événement n&apos;a pas d&apos;heure (time ou start) valide</translation>
    </message>
</context>
<context>
    <name>vigie::core::CotTrackReader</name>
    <message>
        <source>Cursor-on-Target (CoT) XML</source>
        <translation>XML Cursor-on-Target (CoT)</translation>
    </message>
    <message>
        <source>no &lt;/event&gt; within %1 MB; the rest of the file is skipped</source>
        <translation>aucune balise &lt;/event&gt; dans les %1 Mo suivants&#xa0;; le reste du fichier est ignoré</translation>
    </message>
    <message>
        <source>truncated event</source>
        <translation>événement tronqué</translation>
    </message>
    <message>
        <source>no CoT &lt;event&gt; in the file</source>
        <translation>aucun élément CoT &lt;event&gt; dans le fichier</translation>
    </message>
</context>
<context>
    <name>vigie::core::CsvIncidentReader</name>
    <message>
        <source>CSV (columns by name)</source>
        <translation>CSV (colonnes par nom)</translation>
    </message>
    <message>
        <source>cannot map the columns: %1</source>
        <translation>impossible de faire correspondre les colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::CsvReader</name>
    <message>
        <source>unterminated quoted field (the file may be truncated)</source>
        <translation>champ entre guillemets non terminé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>a record larger than %1 MB (no line break, or an unclosed quote?); reading stopped</source>
        <translation>un enregistrement de plus de %1 Mo (pas de saut de ligne, ou un guillemet non fermé&#xa0;?)&#xa0;; lecture arrêtée</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>aucun périphérique</translation>
    </message>
    <message>
        <source>a NUL byte in field %1 (a binary file, or not UTF-8 text?)</source>
        <translation>un octet NUL dans le champ %1 (fichier binaire, ou texte non UTF-8&#xa0;?)</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>le champ %1 n&apos;est pas du texte UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>aucune ligne d&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>vigie::core::CsvTrackReader</name>
    <message>
        <source>CSV (time, lat, lon)</source>
        <translation>CSV (heure, lat, lon)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no time, latitude and longitude columns found in the header (%1)</source>
        <translation>aucune colonne d&apos;heure, de latitude et de longitude trouvée dans l&apos;en-tête (%1)</translation>
    </message>
    <message>
        <source>invalid latitude or longitude</source>
        <translation>latitude ou longitude non valide</translation>
    </message>
    <message>
        <source>invalid time &quot;%1&quot;</source>
        <translation>heure «&#xa0;%1&#xa0;» non valide</translation>
    </message>
    <message>
        <source>Time (or date and time)</source>
        <translation>Heure (ou date et heure)</translation>
    </message>
    <message>
        <source>Date (when the time column has none)</source>
        <translation>Date (si la colonne d&apos;heure n&apos;en a pas)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <source>Speed (m/s)</source>
        <translation>Vitesse (m/s)</translation>
    </message>
    <message>
        <source>Course (degrees)</source>
        <translation>Cap (degrés)</translation>
    </message>
    <message>
        <source>Track or device id</source>
        <translation>Identifiant de la piste ou de l&apos;appareil</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>a time or date column</source>
        <translation>une colonne d&apos;heure ou de date</translation>
    </message>
    <message>
        <source>a latitude column</source>
        <translation>une colonne de latitude</translation>
    </message>
    <message>
        <source>a longitude column</source>
        <translation>une colonne de longitude</translation>
    </message>
</context>
<context>
    <name>vigie::core::DensityChangeRule</name>
    <message>
        <source>Density at a site rising</source>
        <translation>Densité en hausse sur un site</translation>
    </message>
    <message>
        <source>percent must be a number of at least 0</source>
        <translation>percent doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>min_density must be a number of at least 0</source>
        <translation>min_density doit être un nombre supérieur ou égal à 0</translation>
    </message>
</context>
<context>
    <name>vigie::core::DensityGrid</name>
    <message>
        <source>The density grid is empty; nothing to write.</source>
        <translation>La grille de densité est vide&#xa0;; rien à écrire.</translation>
    </message>
    <message>
        <source>The GeoTIFF driver of GDAL is not available.</source>
        <translation>Le pilote GeoTIFF de GDAL n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set the georeferencing of &quot;%1&quot;: %2</source>
        <translation>Impossible de définir le géoréférencement de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set the coordinate reference system of &quot;%1&quot;: %2</source>
        <translation>Impossible de définir le système de coordonnées de référence de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the pixels of &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire les pixels de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing &quot;%1&quot;: %2</source>
        <translation>Impossible de terminer l&apos;écriture de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the raster &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir le raster «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The raster &quot;%1&quot; has no band.</source>
        <translation>Le raster «&#xa0;%1&#xa0;» ne contient aucune bande.</translation>
    </message>
    <message>
        <source>The raster &quot;%1&quot; is not georeferenced.</source>
        <translation>Le raster «&#xa0;%1&#xa0;» n&apos;est pas géoréférencé.</translation>
    </message>
    <message>
        <source>Cannot read the pixels of &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les pixels de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::DensityThresholdRule</name>
    <message>
        <source>evidence_radius_km must be more than 0</source>
        <translation>evidence_radius_km doit être supérieur à 0</translation>
    </message>
    <message>
        <source>Density at a site above a threshold</source>
        <translation>Densité sur un site au-dessus d&apos;un seuil</translation>
    </message>
    <message>
        <source>threshold must be a number of at least 0</source>
        <translation>threshold doit être un nombre supérieur ou égal à 0</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedCodec</name>
    <message>
        <source>not a CoT event</source>
        <translation>ce n&apos;est pas un événement CoT</translation>
    </message>
    <message>
        <source>not an NMEA sentence</source>
        <translation>ce n&apos;est pas une phrase NMEA</translation>
    </message>
    <message>
        <source>not a gpsd JSON report: %1</source>
        <translation>ce n&apos;est pas un rapport JSON gpsd&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>TPV report with a fix but without lat/lon</source>
        <translation>rapport TPV indiquant une position acquise, mais sans lat/lon</translation>
    </message>
    <message>
        <source>TPV report with an invalid position %1, %2</source>
        <translation>rapport TPV avec une position non valide %1, %2</translation>
    </message>
    <message>
        <source>TPV report with a malformed time &quot;%1&quot;</source>
        <translation>rapport TPV avec une heure mal formée «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedConfig</name>
    <message>
        <source>&quot;%1&quot; is not a feed address (expected e.g. cot+udp://239.2.3.1:6969)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de flux (forme attendue, par exemple&#xa0;: cot+udp://239.2.3.1:6969)</translation>
    </message>
    <message>
        <source>gpsd feeds connect to gpsd: use --connect for &quot;%1&quot;</source>
        <translation>les flux gpsd se connectent à gpsd&#xa0;: utilisez --connect pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown feed scheme &quot;%1&quot; (expected cot+udp, cot+tcp, nmea+udp, nmea+tcp or gpsd)</source>
        <translation>schéma de flux «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: cot+udp, cot+tcp, nmea+udp, nmea+tcp ou gpsd)</translation>
    </message>
    <message>
        <source>unknown feed format &quot;%1&quot; (expected cot or nmea)</source>
        <translation>format de flux «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: cot ou nmea)</translation>
    </message>
    <message>
        <source>unknown feed transport &quot;%1&quot; (expected udp or tcp)</source>
        <translation>transport de flux «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: udp ou tcp)</translation>
    </message>
    <message>
        <source>UDP feeds listen: use --listen for &quot;%1&quot;</source>
        <translation>les flux UDP fonctionnent en écoute&#xa0;: utilisez --listen pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port</source>
        <translation>«&#xa0;%1&#xa0;» doit comporter un port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port between 1 and 65535</source>
        <translation>«&#xa0;%1&#xa0;» doit comporter un port compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>a feed listens on an IP address, not &quot;%1&quot;</source>
        <translation>un flux écoute sur une adresse IP, et non sur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedReceiver</name>
    <message>
        <source>mission: %1</source>
        <translation>mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>message rejeté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedRecorder</name>
    <message>
        <source>cannot record into %1: %2</source>
        <translation>impossible d&apos;enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message numerus="yes">
        <source>live feeds stopped: %n message(s) received</source>
        <translation>
            <numerusform>flux en direct arrêtés&#xa0;: %n message reçu</numerusform>
            <numerusform>flux en direct arrêtés&#xa0;: %n messages reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n fix(es) stored</source>
        <translation>
            <numerusform>, %n position enregistrée</numerusform>
            <numerusform>, %n positions enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejeté</numerusform>
            <numerusform>, %n rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedRepository</name>
    <message>
        <source>feed &quot;%1&quot;: %2</source>
        <translation>flux « %1 » : %2</translation>
    </message>
    <message>
        <source>feed added: %1 (%2)</source>
        <translation>flux ajouté : %1 (%2)</translation>
    </message>
    <message>
        <source>feed changed: %1 (%2)</source>
        <translation>flux modifié : %1 (%2)</translation>
    </message>
    <message>
        <source>the feed %1 no longer exists</source>
        <translation>le flux %1 n’existe plus</translation>
    </message>
    <message>
        <source>feed removed: %1</source>
        <translation>flux supprimé : %1</translation>
    </message>
    <message>
        <source>feed started: %1</source>
        <translation>flux démarré : %1</translation>
    </message>
    <message>
        <source>feed stopped: %1</source>
        <translation>flux arrêté : %1</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedStats</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>attente avant reconnexion</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1  %2  received %3, stored %4, duplicates %5, rejected %6, ignored %7, %8 msg/s</source>
        <translation>%1  %2  %3 reçus, %4 enregistrés, %5 doublons, %6 rejetés, %7 ignorés, %8 msg/s</translation>
    </message>
    <message>
        <source>; last error: %1</source>
        <translation>&#xa0;; dernière erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::core::FeedStoreWriter</name>
    <message>
        <source>the mission %1 is read-only; live feeds cannot be recorded</source>
        <translation>la mission %1 est en lecture seule&#xa0;; impossible d&apos;enregistrer les flux en direct</translation>
    </message>
    <message>
        <source>live feeds started: %1</source>
        <translation>flux en direct démarrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mission could not be written: %1</source>
        <translation>impossible d&apos;écrire dans la mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid position</source>
        <translation>position non valide</translation>
    </message>
</context>
<context>
    <name>vigie::core::GeoBox</name>
    <message>
        <source>A box is four numbers west,south,east,north; got &quot;%1&quot;.</source>
        <translation>Une emprise se compose de quatre nombres ouest,sud,est,nord (W,S,E,N)&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The box %1 is empty or outside -180..180 / -90..90 (order: west,south,east,north).</source>
        <translation>L&apos;emprise %1 est vide ou hors de -180..180 / -90..90 (ordre&#xa0;: ouest,sud,est,nord).</translation>
    </message>
</context>
<context>
    <name>vigie::core::GpxTrackReader</name>
    <message>
        <source>not a GPX file (root &lt;%1&gt;)</source>
        <translation>ce n&apos;est pas un fichier GPX (racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>no &lt;gpx&gt; element</source>
        <translation>aucun élément &lt;gpx&gt;</translation>
    </message>
    <message>
        <source>%1 waypoints</source>
        <translation>Points de cheminement (%1)</translation>
    </message>
    <message>
        <source>missing or invalid lat/lon</source>
        <translation>lat/lon manquantes ou non valides</translation>
    </message>
    <message>
        <source>malformed time &quot;%1&quot;</source>
        <translation>heure «&#xa0;%1&#xa0;» mal formée</translation>
    </message>
    <message>
        <source>malformed number &quot;%1&quot;</source>
        <translation>nombre «&#xa0;%1&#xa0;» mal formé</translation>
    </message>
    <message>
        <source>GPX</source>
        <translation>GPX</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>vigie::core::HeatmapBuilder</name>
    <message>
        <source>Cannot project the incidents to %1: %2</source>
        <translation>Impossible de projeter les incidents dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None of the incidents can be projected to %1.</source>
        <translation>Aucun des incidents ne peut être projeté dans %1.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Opération réussie.</translation>
    </message>
    <message>
        <source>No incident matches the time window and categories.</source>
        <translation>Aucun incident ne correspond à la fenêtre temporelle et aux catégories.</translation>
    </message>
    <message>
        <source>The heatmap&apos;s radius and pixel size must be positive, and its half-life not negative.</source>
        <translation>Le rayon et la taille de pixel de la carte de densité doivent être positifs, et sa demi-vie ne doit pas être négative.</translation>
    </message>
    <message>
        <source>The incidents cannot be projected to the heatmap&apos;s coordinate system.</source>
        <translation>Les incidents ne peuvent pas être projetés dans le système de coordonnées de la carte de densité.</translation>
    </message>
    <message>
        <source>The heatmap grid would be too large; use larger pixels or fewer, closer incidents.</source>
        <translation>La grille de la carte de densité serait trop grande&#xa0;; utilisez des pixels plus grands ou des incidents moins nombreux et plus rapprochés.</translation>
    </message>
    <message>
        <source>The heatmap was cancelled.</source>
        <translation>La carte de densité a été annulée.</translation>
    </message>
</context>
<context>
    <name>vigie::core::HotspotFinder</name>
    <message>
        <source>Cannot trace the hotspots&apos; outlines: %1</source>
        <translation>Impossible de tracer le contour des points chauds&#xa0;: %1</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Opération réussie.</translation>
    </message>
    <message>
        <source>There is no density grid to find hotspots in.</source>
        <translation>Il n&apos;y a aucune grille de densité dans laquelle rechercher des points chauds.</translation>
    </message>
    <message>
        <source>The hotspot threshold must be a number (a percentile between 0 and 100).</source>
        <translation>Le seuil des points chauds doit être un nombre (un centile compris entre 0 et 100).</translation>
    </message>
    <message>
        <source>Cannot trace the hotspots&apos; outlines.</source>
        <translation>Impossible de tracer le contour des points chauds.</translation>
    </message>
</context>
<context>
    <name>vigie::core::HxlReader</name>
    <message>
        <source>HXL-tagged CSV</source>
        <translation>CSV avec balises HXL</translation>
    </message>
    <message>
        <source>no HXL hashtag row (a row of #tags such as #date, #geo+lat)</source>
        <translation>aucune ligne de hashtags HXL (une ligne de #balises telles que #date, #geo+lat)</translation>
    </message>
    <message>
        <source>no #date column</source>
        <translation>aucune colonne #date</translation>
    </message>
    <message>
        <source>no #geo+lat and #geo+lon columns</source>
        <translation>aucune colonne #geo+lat et #geo+lon</translation>
    </message>
    <message>
        <source>%1 fields where the hashtag row has %2</source>
        <translation>%1 champs alors que la ligne de hashtags en compte %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot;</source>
        <translation>date «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad count &quot;%1&quot;</source>
        <translation>nombre de victimes «&#xa0;%1&#xa0;» incorrect</translation>
    </message>
</context>
<context>
    <name>vigie::core::Incident</name>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2)</source>
        <translation>coordonnées hors limites (latitude %1, longitude %2)</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>severity %1 is not between 1 and 5</source>
        <translation>la gravité %1 n&apos;est pas comprise entre 1 et 5</translation>
    </message>
    <message>
        <source>negative casualty count</source>
        <translation>nombre de victimes négatif</translation>
    </message>
    <message>
        <source>source reliability must be A to F</source>
        <translation>la fiabilité de la source doit être comprise entre A et F</translation>
    </message>
    <message>
        <source>information credibility must be 1 to 6</source>
        <translation>la crédibilité de l&apos;information doit être comprise entre 1 et 6</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentColumnMapping</name>
    <message>
        <source>no time or date column</source>
        <translation>aucune colonne d&apos;heure ou de date</translation>
    </message>
    <message>
        <source>no latitude and longitude columns</source>
        <translation>aucune colonne de latitude et de longitude</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot;</source>
        <translation>date «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad time precision &quot;%1&quot;</source>
        <translation>précision temporelle «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>missing coordinates</source>
        <translation>coordonnées manquantes</translation>
    </message>
    <message>
        <source>bad location precision &quot;%1&quot;</source>
        <translation>précision de localisation «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>catégorie «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>bad %1 &quot;%2&quot;</source>
        <translation>valeur de %1 «&#xa0;%2&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad target &quot;%1&quot;</source>
        <translation>cible «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad admiralty code &quot;%1&quot; (expected a letter A–F and a digit 1–6, e.g. B2)</source>
        <translation>code Amirauté «&#xa0;%1&#xa0;» incorrect (attendu&#xa0;: une lettre de A à F suivie d&apos;un chiffre de 1 à 6, p. ex. B2)</translation>
    </message>
    <message>
        <source>bad status &quot;%1&quot;</source>
        <translation>statut «&#xa0;%1&#xa0;» incorrect</translation>
    </message>
    <message>
        <source>bad sensitivity &quot;%1&quot;</source>
        <translation>sensibilité «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Précision temporelle</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Précision de localisation</translation>
    </message>
    <message>
        <source>Area (WKT polygon)</source>
        <translation>Zone (polygone WKT)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>Admin 1 (region)</source>
        <translation>Admin 1 (région)</translation>
    </message>
    <message>
        <source>Admin 2 (district)</source>
        <translation>Admin 2 (cercle, district)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Source event type</source>
        <translation>Type d&apos;événement de la source</translation>
    </message>
    <message>
        <source>Source sub-event type</source>
        <translation>Sous-type d&apos;événement de la source</translation>
    </message>
    <message>
        <source>Severity (1-5)</source>
        <translation>Gravité (1-5)</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Abducted</source>
        <translation>Enlevés</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation>Second acteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reliability and credibility (e.g. B2)</source>
        <translation>Fiabilité et crédibilité (p. ex. B2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Marque de sensibilité</translation>
    </message>
    <message>
        <source>External id (for duplicates)</source>
        <translation>Identifiant externe (pour les doublons)</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentCountRule</name>
    <message>
        <source>Incidents near a site</source>
        <translation>Incidents à proximité d&apos;un site</translation>
    </message>
    <message>
        <source>min_count must be a whole number of at least 1</source>
        <translation>min_count doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>radius_km must be more than 0</source>
        <translation>radius_km doit être supérieur à 0</translation>
    </message>
    <message>
        <source>hours must be more than 0</source>
        <translation>hours doit être supérieur à 0</translation>
    </message>
    <message>
        <source>categories must be a list of names</source>
        <translation>categories doit être une liste de noms</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentExporter</name>
    <message>
        <source>cannot tell the format from the file name; choose one of %1</source>
        <translation>impossible de déduire le format du nom de fichier&#xa0;; choisissez l&apos;un des formats suivants&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (formats connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1&#xa0;: non exporté&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) exported</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident exporté</numerusform>
            <numerusform>%1&#xa0;: %n incidents exportés</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> en %1 s.</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the mission is open read-only</source>
        <translation>la mission est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (formats connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the format was not recognised; name it with --format</source>
        <translation>le format n&apos;a pas été reconnu&#xa0;; indiquez-le avec --format</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>catégorie «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>annulé&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>every row was rejected</source>
        <translation>toutes les lignes ont été rejetées</translation>
    </message>
    <message>
        <source>the file holds no incidents</source>
        <translation>le fichier ne contient aucun incident</translation>
    </message>
    <message>
        <source>disk full: nothing from this file was imported</source>
        <translation>disque plein&#xa0;: rien de ce fichier n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1&#xa0;: rien n&apos;a été importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) imported</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident importé</numerusform>
            <numerusform>%1&#xa0;: %n incidents importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n doublon ignoré</numerusform>
            <numerusform>, %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) rejected</source>
        <translation>
            <numerusform>, %n ligne rejetée</numerusform>
            <numerusform>, %n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation> (voir %1)</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> en %1 s.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>aucune ligne d&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentRepository</name>
    <message>
        <source>An incident with external id %1 is already in the mission.</source>
        <translation>Un incident avec l&apos;identifiant externe %1 existe déjà dans la mission.</translation>
    </message>
    <message>
        <source>No incident with id %1.</source>
        <translation>Aucun incident avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The incident %1 was deleted; your changes were not saved.</source>
        <translation>L&apos;incident %1 a été supprimé&#xa0;; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The incident was changed by someone else since you opened it (version %1, yours is %2); your changes were not saved. Reload it and edit again.</source>
        <translation>L&apos;incident a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (version %1, la vôtre est la %2)&#xa0;; vos modifications n&apos;ont pas été enregistrées. Rechargez-le et refaites vos modifications.</translation>
    </message>
    <message>
        <source>The incident was changed by someone else since you opened it; it was not deleted.</source>
        <translation>L&apos;incident a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert&#xa0;; il n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>No deleted incident with id %1.</source>
        <translation>Aucun incident supprimé avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The incident was changed by someone else since you deleted it; it was not restored.</source>
        <translation>L&apos;incident a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez supprimé&#xa0;; il n&apos;a pas été restauré.</translation>
    </message>
    <message>
        <source>The incident cannot be saved: %1.</source>
        <translation>L&apos;incident ne peut pas être enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The incident cannot be saved: unknown category &quot;%1&quot;.</source>
        <translation>L&apos;incident ne peut pas être enregistré&#xa0;: catégorie «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentTaxonomy</name>
    <message>
        <source>Cannot read the incident taxonomy %1: %2</source>
        <translation>Impossible de lire la taxonomie des incidents %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The incident taxonomy %1 is invalid: %2</source>
        <translation>La taxonomie des incidents %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>an ACLED mapping must be [event_type, sub_event_type]</source>
        <translation>une correspondance ACLED doit avoir la forme [event_type, sub_event_type]</translation>
    </message>
    <message>
        <source>a category without id or English label</source>
        <translation>une catégorie sans identifiant ou sans libellé anglais</translation>
    </message>
    <message>
        <source>category %1 appears twice</source>
        <translation>la catégorie %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>ACLED %1 / %2 maps to two categories</source>
        <translation>ACLED %1 / %2 correspond à deux catégories</translation>
    </message>
    <message>
        <source>category %1 has no ACLED mapping for export</source>
        <translation>la catégorie %1 n&apos;a pas de correspondance ACLED pour l&apos;export</translation>
    </message>
    <message>
        <source>no categories</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>the category &quot;other&quot; is required</source>
        <translation>la catégorie «&#xa0;other&#xa0;» est obligatoire</translation>
    </message>
</context>
<context>
    <name>vigie::core::IncidentValues</name>
    <message>
        <source>missing coordinates</source>
        <translation>coordonnées manquantes</translation>
    </message>
    <message>
        <source>bad coordinates &quot;%1&quot;, &quot;%2&quot;</source>
        <translation>coordonnées «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» incorrectes</translation>
    </message>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2)</source>
        <translation>coordonnées hors limites (latitude %1, longitude %2)</translation>
    </message>
</context>
<context>
    <name>vigie::core::KdeEngine</name>
    <message>
        <source>Success.</source>
        <translation>Opération réussie.</translation>
    </message>
    <message>
        <source>The radius and the pixel size must be positive numbers.</source>
        <translation>Le rayon et la taille de pixel doivent être des nombres positifs.</translation>
    </message>
    <message>
        <source>The extent of the points is not valid.</source>
        <translation>L&apos;emprise des points n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The heatmap grid would be too large; use larger pixels or a smaller area.</source>
        <translation>La grille de la carte de densité serait trop grande&#xa0;; utilisez des pixels plus grands ou une zone plus petite.</translation>
    </message>
    <message>
        <source>The heatmap was not prepared.</source>
        <translation>La carte de densité n&apos;a pas été préparée.</translation>
    </message>
    <message>
        <source>A point lies outside the heatmap&apos;s extent and was ignored.</source>
        <translation>Un point situé hors de l&apos;emprise de la carte de densité a été ignoré.</translation>
    </message>
    <message>
        <source>A point has an invalid coordinate or weight and was ignored.</source>
        <translation>Un point dont la coordonnée ou le poids n&apos;est pas valide a été ignoré.</translation>
    </message>
    <message>
        <source>The heatmap was cancelled.</source>
        <translation>La carte de densité a été annulée.</translation>
    </message>
</context>
<context>
    <name>vigie::core::KmlIncidentReader</name>
    <message>
        <source>KML / KMZ</source>
        <translation>KML / KMZ</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no placemarks: the file holds no incidents</source>
        <translation>aucun repère (Placemark)&#xa0;: le fichier ne contient aucun incident</translation>
    </message>
    <message>
        <source>cannot map the attributes: %1</source>
        <translation>impossible de faire correspondre les attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty coordinates</source>
        <translation>coordonnées vides</translation>
    </message>
    <message>
        <source>malformed coordinates &quot;%1&quot;</source>
        <translation>coordonnées «&#xa0;%1&#xa0;» mal formées</translation>
    </message>
</context>
<context>
    <name>vigie::core::KmlIncidentWriter</name>
    <message>
        <source>KML</source>
        <translation>KML</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write incident %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;incident %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::KmlTrackReader</name>
    <message>
        <source>malformed gx:coord</source>
        <translation>gx:coord mal formé</translation>
    </message>
    <message>
        <source>malformed coordinates &quot;%1&quot;</source>
        <translation>coordonnées «&#xa0;%1&#xa0;» mal formées</translation>
    </message>
    <message>
        <source>gx:Track has %1 &lt;when&gt; for %2 &lt;gx:coord&gt;; times dropped</source>
        <translation>gx:Track contient %1 &lt;when&gt; pour %2 &lt;gx:coord&gt;&#xa0;; heures abandonnées</translation>
    </message>
    <message>
        <source>KML / KMZ</source>
        <translation>KML / KMZ</translation>
    </message>
</context>
<context>
    <name>vigie::core::KmzDocument</name>
    <message>
        <source>unsafe entry name &quot;%1&quot; in the archive; ignored</source>
        <translation>nom d&apos;entrée «&#xa0;%1&#xa0;» dangereux dans l&apos;archive&#xa0;; entrée ignorée</translation>
    </message>
    <message>
        <source>no .kml document in the KMZ archive</source>
        <translation>aucun document .kml dans l&apos;archive KMZ</translation>
    </message>
    <message>
        <source>cannot read %1 in the archive</source>
        <translation>impossible de lire %1 dans l&apos;archive</translation>
    </message>
    <message>
        <source>%1 would unpack to %2 MB from a %3 KB archive; refused as a possible zip bomb</source>
        <translation>%1 occuperait %2 Mo une fois décompressé, à partir d&apos;une archive de %3 Ko&#xa0;; refusé (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>the archive has no entry %1</source>
        <translation>l&apos;archive ne contient pas d&apos;entrée %1</translation>
    </message>
    <message>
        <source>no KML document in the archive</source>
        <translation>aucun document KML dans l&apos;archive</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive</source>
        <translation>impossible d&apos;ouvrir %1 dans l&apos;archive</translation>
    </message>
    <message>
        <source>the KML inside the archive is too large; refused</source>
        <translation>le KML contenu dans l&apos;archive est trop volumineux&#xa0;; refusé</translation>
    </message>
    <message>
        <source>a link to &quot;%1&quot; is not followed: only documents inside the archive are read</source>
        <translation>le lien vers «&#xa0;%1&#xa0;» n&apos;est pas suivi&#xa0;: seuls les documents contenus dans l&apos;archive sont lus</translation>
    </message>
</context>
<context>
    <name>vigie::core::MissionStore</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou ouvrez ce fichier.</translation>
    </message>
    <message>
        <source>A mission needs a name.</source>
        <translation>Une mission doit avoir un nom.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mission file.</source>
        <translation>%1 est un dossier, pas un fichier de mission.</translation>
    </message>
    <message>
        <source>%1 is not a Vigie mission: %2.</source>
        <translation>%1 n&apos;est pas une mission Vigie&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Vigie mission.</source>
        <translation>%1 est une base de données SQLite, mais pas une mission Vigie.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (mission schema %2; this build reads up to %3). It was not changed; open it with a newer Vigie.</source>
        <translation>%1 a été écrit par une version plus récente de Vigie (schéma de mission %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Le fichier n&apos;a pas été modifié&#xa0;; ouvrez-le avec une version plus récente de Vigie.</translation>
    </message>
    <message>
        <source>%1 is an unfinished mission (no schema).</source>
        <translation>%1 est une mission inachevée (aucun schéma).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé (%2). Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a mission: %2. It was not changed.</source>
        <translation>%1 ne peut pas être lu comme une mission&#xa0;: %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to mission schema %2 but is read-only.</source>
        <translation>%1 doit être mis à niveau vers le schéma de mission %2, mais il est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2. It was not changed.</source>
        <translation>Impossible de mettre à niveau %1&#xa0;: %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Unknown basemap provider &quot;%1&quot;.</source>
        <translation>Fournisseur de fond de carte «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>No basemap with id %1.</source>
        <translation>Aucun fond de carte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this change was saved (%1).</source>
        <translation>Le disque est plein&#xa0;: aucune partie de cette modification n&apos;a été enregistrée (%1).</translation>
    </message>
    <message>
        <source>Could not save (%1): %2. Nothing of this change was saved.</source>
        <translation>Impossible d&apos;enregistrer (%1)&#xa0;: %2. Aucune partie de cette modification n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>%1 has changes still in its log file (%2) and its folder is read-only, so they cannot be read. Copy the mission together with that file to a writable folder and open the copy. Nothing was changed.</source>
        <translation>%1 a encore des modifications dans son fichier journal (%2) et son dossier est en lecture seule&#xa0;: elles ne peuvent pas être lues. Copiez la mission avec ce fichier dans un dossier accessible en écriture et ouvrez la copie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is at mission schema %2, not %3: open it in the workstation first.</source>
        <translation>%1 est au schéma de mission %2, pas %3&#xa0;: ouvrez-la d’abord dans le poste de travail.</translation>
    </message>
</context>
<context>
    <name>vigie::core::NmeaTrackReader</name>
    <message>
        <source>malformed checksum</source>
        <translation>somme de contrôle mal formée</translation>
    </message>
    <message>
        <source>bad checksum (%1, computed %2)</source>
        <translation>somme de contrôle incorrecte (%1, calculée %2)</translation>
    </message>
    <message>
        <source>malformed latitude or longitude</source>
        <translation>latitude ou longitude mal formée</translation>
    </message>
    <message>
        <source>malformed time &quot;%1&quot;</source>
        <translation>heure «&#xa0;%1&#xa0;» mal formée</translation>
    </message>
    <message>
        <source>malformed date &quot;%1&quot;</source>
        <translation>date «&#xa0;%1&#xa0;» mal formée</translation>
    </message>
    <message>
        <source>NMEA 0183 log</source>
        <translation>Journal NMEA 0183</translation>
    </message>
</context>
<context>
    <name>vigie::core::OgrIncidentReader</name>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a readable %1 file</source>
        <translation>ce n&apos;est pas un fichier %1 lisible</translation>
    </message>
    <message>
        <source>not a readable %1 file: %2</source>
        <translation>ce n&apos;est pas un fichier %1 lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot map the attributes: %1</source>
        <translation>impossible de faire correspondre les attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>the geometry cannot be converted to WGS 84</source>
        <translation>la géométrie ne peut pas être convertie en WGS 84</translation>
    </message>
    <message>
        <source>coordinates out of range (latitude %1, longitude %2)</source>
        <translation>coordonnées hors limites (latitude %1, longitude %2)</translation>
    </message>
    <message>
        <source>no layer with incidents</source>
        <translation>aucune couche contenant des incidents</translation>
    </message>
    <message>
        <source>GDAL failed reading the file: %1</source>
        <translation>GDAL n&apos;a pas pu lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::core::OgrIncidentWriter</name>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GDAL has no driver for %1</source>
        <translation>GDAL n&apos;a pas de pilote pour %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the incidents layer in %1: %2</source>
        <translation>impossible de créer la couche des incidents dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the field %1: %2</source>
        <translation>impossible de créer le champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write incident %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;incident %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::PlainXmlScanner</name>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>la balise de fin &lt;/%1&gt; ne correspond pas à la balise de début &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>vigie::core::PointLoader</name>
    <message>
        <source>Cannot open &quot;%1&quot; as a vector file: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;» comme fichier vecteur&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no layer.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune couche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no layer named &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune couche nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The layer of &quot;%1&quot; has no field named &quot;%2&quot;.</source>
        <translation>La couche de «&#xa0;%1&#xa0;» n&apos;a pas de champ nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::ProjTransform</name>
    <message>
        <source>PROJ could not start.</source>
        <translation>PROJ n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>No coordinate transformation from %1 to %2: %3</source>
        <translation>Aucune transformation de coordonnées de %1 vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>vigie::core::ProtectedSite</name>
    <message>
        <source>IDP camp</source>
        <translation>Camp de personnes déplacées (PDI)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Team site</source>
        <translation>Site d&apos;équipe</translation>
    </message>
    <message>
        <source>Water point</source>
        <translation>Point d&apos;eau</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Établissement de santé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>a site needs a name</source>
        <translation>un site doit avoir un nom</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>la latitude %1 est hors de l&apos;intervalle -90…90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>la longitude %1 est hors de l&apos;intervalle -180…180</translation>
    </message>
    <message>
        <source>the radius must be more than 0 m</source>
        <translation>le rayon doit être supérieur à 0 m</translation>
    </message>
    <message>
        <source>the population cannot be negative</source>
        <translation>la population ne peut pas être négative</translation>
    </message>
</context>
<context>
    <name>vigie::core::SafeXmlReader</name>
    <message>
        <source>an XML element or text is larger than %1 MB; refused</source>
        <translation>un élément ou un texte XML dépasse %1 Mo&#xa0;; refusé</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file ends in the middle of the XML (truncated?)</source>
        <translation>le fichier se termine au milieu du XML (tronqué ?)</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are refused</source>
        <translation>les déclarations de type de document (DTD) sont refusées</translation>
    </message>
    <message>
        <source>entity references are refused</source>
        <translation>les références d&apos;entité sont refusées</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels; refused</source>
        <translation>XML imbriqué sur plus de %1 niveaux&#xa0;; refusé</translation>
    </message>
    <message>
        <source>an XML text is too large; refused</source>
        <translation>un texte XML est trop volumineux&#xa0;; refusé</translation>
    </message>
</context>
<context>
    <name>vigie::core::Sensitivity</name>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>NON CLASSIFIÉ</translation>
    </message>
    <message>
        <source>UN RESTRICTED</source>
        <translation>ONU – DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <source>UN CONFIDENTIAL</source>
        <translation>ONU – CONFIDENTIEL</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation>STRICTEMENT CONFIDENTIEL</translation>
    </message>
</context>
<context>
    <name>vigie::core::SimpleGeometry</name>
    <message>
        <source>not a geometry: %1</source>
        <translation>ce n&apos;est pas une géométrie&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad coordinates in %1</source>
        <translation>coordonnées incorrectes dans %1</translation>
    </message>
    <message>
        <source>empty geometry: %1</source>
        <translation>géométrie vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported geometry type %1</source>
        <translation>type de géométrie %1 non pris en charge</translation>
    </message>
</context>
<context>
    <name>vigie::core::SiteIo</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of idp_camp, village, team_site, water_point, market, school, health_facility, other)</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: idp_camp, village, team_site, water_point, market, school, health_facility ou other)</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is not a number</source>
        <translation>la latitude «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is not a number</source>
        <translation>la longitude «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>radius &quot;%1&quot; is not a number</source>
        <translation>le rayon «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is not a whole number</source>
        <translation>la population «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>unknown sensitivity &quot;%1&quot;</source>
        <translation>sensibilité «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>entité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Le fichier CSV est vide.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>The file is not GeoJSON: %1 (at character %2).</source>
        <translation>Le fichier n&apos;est pas du GeoJSON&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds neither a FeatureCollection nor a Feature.</source>
        <translation>Le GeoJSON ne contient ni FeatureCollection ni Feature.</translation>
    </message>
    <message>
        <source>the geometry is not a Point</source>
        <translation>la géométrie n&apos;est pas un Point</translation>
    </message>
    <message>
        <source>the Point has no longitude and latitude</source>
        <translation>le Point n&apos;a pas de longitude et de latitude</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: protected sites are written to .csv or .geojson files.</source>
        <translation>%1&#xa0;: les sites protégés s&apos;écrivent dans des fichiers .csv ou .geojson.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>%1 ne peut pas être lu comme un GeoPackage&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no layer of points.</source>
        <translation>%1 ne contient aucune couche de points.</translation>
    </message>
    <message>
        <source>%1: its coordinate system cannot be converted to WGS 84.</source>
        <translation>%1&#xa0;: son système de coordonnées ne peut pas être converti en WGS 84.</translation>
    </message>
    <message>
        <source>the point cannot be converted to WGS 84</source>
        <translation>le point ne peut pas être converti en WGS 84</translation>
    </message>
    <message>
        <source>%1: protected sites are read from .csv, .geojson or .gpkg files.</source>
        <translation>%1&#xa0;: les sites protégés se lisent dans des fichiers .csv, .geojson ou .gpkg.</translation>
    </message>
    <message numerus="yes">
        <source>The CSV header lacks %n column(s): %1. It needs name, kind, lat, lon and radius.</source>
        <translation>
            <numerusform>Il manque à l&apos;en-tête CSV %n colonne&#xa0;: %1. Il doit contenir name, kind, lat, lon et radius.</numerusform>
            <numerusform>Il manque à l&apos;en-tête CSV %n colonnes&#xa0;: %1. Il doit contenir name, kind, lat, lon et radius.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::SiteRepository</name>
    <message>
        <source>Site &quot;%1&quot; cannot be saved: %2.</source>
        <translation>Le site «&#xa0;%1&#xa0;» ne peut pas être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No protected site with id %1.</source>
        <translation>Aucun site protégé avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This protected site was deleted by someone else; nothing was changed.</source>
        <translation>Ce site protégé a été supprimé par quelqu&apos;un d&apos;autre&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This protected site was changed by someone else (version %1, you edited version %2); reload it and apply your change again.</source>
        <translation>Ce site protégé a été modifié par quelqu&apos;un d&apos;autre (version %1, vous avez modifié la version %2)&#xa0;; rechargez-le et appliquez de nouveau votre modification.</translation>
    </message>
</context>
<context>
    <name>vigie::core::TcpClientFeedReceiver</name>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>erreur de connexion</translation>
    </message>
    <message>
        <source>the server sent more than %1 bytes without a message end; connection dropped</source>
        <translation>le serveur a envoyé plus de %1 octets sans fin de message&#xa0;; connexion interrompue</translation>
    </message>
</context>
<context>
    <name>vigie::core::TcpServerFeedReceiver</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>more than %1 peers; %2 refused</source>
        <translation>plus de %1 clients connectés&#xa0;; %2 refusé</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes without a message end; connection dropped</source>
        <translation>%1 a envoyé plus de %2 octets sans fin de message&#xa0;; connexion interrompue</translation>
    </message>
</context>
<context>
    <name>vigie::core::Track</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>véhicule</translation>
    </message>
    <message>
        <source>UAV</source>
        <translation>drone</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>aéronef</translation>
    </message>
    <message>
        <source>radar contact</source>
        <translation>contact radar</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>hostile</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): </source>
        <translation>%1 (%2)&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s)</source>
        <translation>
            <numerusform>, %n point</numerusform>
            <numerusform>, %n points</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation> en %1 s</translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackImportReport</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was saved</source>
        <translation>%1&#xa0;: import annulé&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source> in %1 s</source>
        <translation> en %1 s</translation>
    </message>
    <message>
        <source>
  … and %1 more</source>
        <translation>
  … et %1 de plus</translation>
    </message>
    <message>
        <source>%1 (%2): </source>
        <translation>%1 (%2)&#xa0;: </translation>
    </message>
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
            <numerusform> dans %n piste</numerusform>
            <numerusform> dans %n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n nouvelle)</numerusform>
            <numerusform> (%n nouvelles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejeté</numerusform>
            <numerusform>, %n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the mission</source>
        <translation>
            <numerusform>, %n déjà dans la mission</numerusform>
            <numerusform>, %n déjà dans la mission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other line(s) skipped</source>
        <translation>
            <numerusform>, %n autre ligne ignorée</numerusform>
            <numerusform>, %n autres lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad checksum(s)</source>
        <translation>
            <numerusform>, %n somme de contrôle incorrecte</numerusform>
            <numerusform>, %n sommes de contrôle incorrectes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackImporter</name>
    <message>
        <source>the format of the file is not recognised; give it with --format</source>
        <translation>le format du fichier n&apos;est pas reconnu&#xa0;; indiquez-le avec --format</translation>
    </message>
    <message>
        <source>unknown track format &quot;%1&quot;</source>
        <translation>format de piste «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>disk full: nothing from this file was imported</source>
        <translation>disque plein&#xa0;: rien de ce fichier n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackReaderRegistry</name>
    <message>
        <source>no reader given</source>
        <translation>aucun lecteur fourni</translation>
    </message>
    <message>
        <source>a reader &quot;%1&quot; is already registered</source>
        <translation>un lecteur «&#xa0;%1&#xa0;» est déjà enregistré</translation>
    </message>
</context>
<context>
    <name>vigie::core::TrackRepository</name>
    <message>
        <source>No track with id %1.</source>
        <translation>Aucune piste avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>vigie::core::UdpFeedReceiver</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>vigie::core::annotation_exchange</name>
    <message>
        <source>%1, feature %2: %3</source>
        <translation>%1, entité %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>a MultiLineString is only read as Vigie range rings</source>
        <translation>une MultiLineString n&apos;est lue que comme des cercles de distance Vigie</translation>
    </message>
    <message>
        <source>a circle or range rings need vigie:centre and vigie:radii</source>
        <translation>un cercle ou des cercles de distance nécessitent vigie:centre et vigie:radii</translation>
    </message>
    <message>
        <source>%1 is not GeoJSON: %2 at byte %3.</source>
        <translation>%1 n&apos;est pas du GeoJSON&#xa0;: %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>%1 holds no GeoJSON features.</source>
        <translation>%1 ne contient aucune entité GeoJSON.</translation>
    </message>
    <message>
        <source>missing or unsupported geometry</source>
        <translation>géométrie manquante ou non prise en charge</translation>
    </message>
    <message>
        <source>unknown sensitivity &quot;%1&quot;</source>
        <translation>sensibilité «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>bad coordinates</source>
        <translation>coordonnées incorrectes</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>bad radii</source>
        <translation>rayons incorrects</translation>
    </message>
    <message>
        <source>%1: annotations are exchanged as .geojson or .kml files.</source>
        <translation>%1&#xa0;: les annotations s&apos;échangent sous forme de fichiers .geojson ou .kml.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for an annotation file.</source>
        <translation>%1 est trop volumineux pour un fichier d&apos;annotations.</translation>
    </message>
    <message>
        <source>%1 is not valid KML: %2.</source>
        <translation>%1 n&apos;est pas un fichier KML valide&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>vigie::core::measure</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>vigie::core::mgrs</name>
    <message>
        <source>&quot;%1&quot; is not a valid MGRS reference (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une référence MGRS valide (%2).</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AlertsPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>The mission is read-only: the rules are not evaluated.</source>
        <translation>La mission est en lecture seule&#xa0;: les règles ne sont pas évaluées.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s) to review in the Alerts panel.</source>
        <translation>
            <numerusform>%n nouvelle alerte à examiner dans le panneau Alertes.</numerusform>
            <numerusform>%n nouvelles alertes à examiner dans le panneau Alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>Écarter l&apos;alerte</translation>
    </message>
    <message>
        <source>Comment (required): what was seen, who was told, why it is dismissed</source>
        <translation>Commentaire (obligatoire)&#xa0;: ce qui a été constaté, qui a été informé, pourquoi l&apos;alerte est écartée</translation>
    </message>
    <message>
        <source>A comment is required; the alert was left as it was.</source>
        <translation>Un commentaire est obligatoire&#xa0;; l&apos;alerte n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message numerus="yes">
        <source>Rules evaluated as of %1 over %n incident(s): %2 fired, %3 added, %4 updated.</source>
        <translation>
            <numerusform>Règles évaluées au %1 sur %n incident&#xa0;: %2 alerte(s) déclenchée(s), %3 ajoutée(s), %4 complétée(s).</numerusform>
            <numerusform>Règles évaluées au %1 sur %n incidents&#xa0;: %2 alerte(s) déclenchée(s), %3 ajoutée(s), %4 complétée(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationDialog</name>
    <message>
        <source>Annotation — %1</source>
        <translation>Annotation — %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Symbole&#xa0;:</translation>
    </message>
    <message>
        <source>Symbol size:</source>
        <translation>Taille du symbole&#xa0;:</translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation>Couleur du trait&#xa0;:</translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation>Épaisseur du trait&#xa0;:</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Remplissage&#xa0;:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Police&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Taille de police&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationLayer</name>
    <message>
        <source>Annotations — areas</source>
        <translation>Annotations — zones</translation>
    </message>
    <message>
        <source>Annotations — lines</source>
        <translation>Annotations — lignes</translation>
    </message>
    <message>
        <source>Annotations — points</source>
        <translation>Annotations — points</translation>
    </message>
    <message>
        <source>Areas and circles</source>
        <translation>Zones et cercles</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Lines and range rings</source>
        <translation>Lignes et cercles de distance</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationsController</name>
    <message>
        <source>The annotations of %1 cannot be shown on the map.</source>
        <translation>Les annotations de %1 ne peuvent pas être affichées sur la carte.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Open a mission first.</source>
        <translation>Ouvrez d&apos;abord une mission.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter l&apos;annotation (%1)</translation>
    </message>
    <message>
        <source>The annotation is no longer in the mission.</source>
        <translation>L&apos;annotation ne fait plus partie de la mission.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer l&apos;annotation (%1)</translation>
    </message>
    <message>
        <source>Restyle %1</source>
        <translation>Modifier le style de l&apos;annotation (%1)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer l&apos;annotation (%1)</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Delete %1? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer l&apos;annotation (%1)&#xa0;? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier l&apos;annotation (%1)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 already there.</source>
        <translation>%1&#xa0;: %2 ajoutée(s), %3 mise(s) à jour, %4 déjà présente(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) written to %1.</source>
        <translation>
            <numerusform>%n annotation écrite dans %1.</numerusform>
            <numerusform>%n annotations écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationsPanel</name>
    <message>
        <source>Symbol for new points:</source>
        <translation>Symbole des nouveaux points&#xa0;:</translation>
    </message>
    <message>
        <source>Colour for new drawings:</source>
        <translation>Couleur des nouveaux dessins&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text / symbol</source>
        <translation>Texte / symbole</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>Modifié (UTC)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoomer sur l&apos;annotation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::AnnotationsPlugin</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Select and edit annotations</source>
        <translation>Sélectionner et modifier des annotations</translation>
    </message>
    <message>
        <source>Click to select, drag to move, drag a vertex to reshape, double-click for properties, Delete to remove</source>
        <translation>Cliquez pour sélectionner, faites glisser pour déplacer, faites glisser un sommet pour remodeler, double-cliquez pour les propriétés, Suppr pour supprimer</translation>
    </message>
    <message>
        <source>Draw a symbol</source>
        <translation>Dessiner un symbole</translation>
    </message>
    <message>
        <source>Click to place the symbol chosen in the Annotations panel</source>
        <translation>Cliquez pour placer le symbole choisi dans le panneau Annotations</translation>
    </message>
    <message>
        <source>Write a text</source>
        <translation>Écrire un texte</translation>
    </message>
    <message>
        <source>Click where the text goes</source>
        <translation>Cliquez à l&apos;endroit où placer le texte</translation>
    </message>
    <message>
        <source>Draw a line</source>
        <translation>Tracer une ligne</translation>
    </message>
    <message>
        <source>Click each vertex; right-click or double-click to finish</source>
        <translation>Cliquez sur chaque sommet&#xa0;; clic droit ou double-clic pour terminer</translation>
    </message>
    <message>
        <source>Draw an arrow</source>
        <translation>Tracer une flèche</translation>
    </message>
    <message>
        <source>An axis of movement: click each vertex from the start; right-click to finish</source>
        <translation>Un axe de progression&#xa0;: cliquez sur chaque sommet depuis le point de départ&#xa0;; clic droit pour terminer</translation>
    </message>
    <message>
        <source>Draw an area</source>
        <translation>Tracer une zone</translation>
    </message>
    <message>
        <source>An area of interest or a no-go area: click each vertex; right-click to finish</source>
        <translation>Une zone d&apos;intérêt ou une zone interdite&#xa0;: cliquez sur chaque sommet&#xa0;; clic droit pour terminer</translation>
    </message>
    <message>
        <source>Draw a circle</source>
        <translation>Tracer un cercle</translation>
    </message>
    <message>
        <source>Press on the centre and drag the radius, or click and type it</source>
        <translation>Appuyez sur le centre et faites glisser pour définir le rayon, ou cliquez et saisissez-le</translation>
    </message>
    <message>
        <source>Draw range rings</source>
        <translation>Tracer des cercles de distance</translation>
    </message>
    <message>
        <source>Click the centre and type the radii (5, 10, 20 km by default)</source>
        <translation>Cliquez sur le centre et saisissez les rayons (5, 10, 20 km par défaut)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Geodesic distance, bearing, length and area: click points; right-click to end</source>
        <translation>Distance géodésique, azimut, longueur et surface&#xa0;: cliquez des points&#xa0;; clic droit pour terminer</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Annotations (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)</source>
        <translation>Annotations (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)</translation>
    </message>
    <message>
        <source>Import annotations…</source>
        <translation>Importer des annotations…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Export annotations…</source>
        <translation>Exporter les annotations…</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::BriefingPlugin</name>
    <message>
        <source>Briefing…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <source>A print-ready briefing of what the map shows: PDF, PNG, print or QGIS project</source>
        <translation>Un dossier de briefing prêt à imprimer de ce que montre la carte&#xa0;: PDF, PNG, impression ou projet QGIS</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::CircleTool</name>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Radius (km):</source>
        <translation>Rayon (km)&#xa0;:</translation>
    </message>
    <message>
        <source>Range rings</source>
        <translation>Cercles de distance</translation>
    </message>
    <message>
        <source>Radii in km, separated by spaces:</source>
        <translation>Rayons en km, séparés par des espaces&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::DrawTool</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Text to show on the map:</source>
        <translation>Texte à afficher sur la carte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::EditTool</name>
    <message>
        <source>Move a vertex</source>
        <translation>Déplacer un sommet</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::FeedDialog</name>
    <message>
        <source>CoT over UDP</source>
        <translation>CoT sur UDP</translation>
    </message>
    <message>
        <source>CoT over UDP multicast</source>
        <translation>CoT sur UDP multicast</translation>
    </message>
    <message>
        <source>CoT over TCP (client)</source>
        <translation>CoT sur TCP (client)</translation>
    </message>
    <message>
        <source>CoT over TCP (server)</source>
        <translation>CoT sur TCP (serveur)</translation>
    </message>
    <message>
        <source>NMEA over TCP (client)</source>
        <translation>NMEA sur TCP (client)</translation>
    </message>
    <message>
        <source>NMEA over TCP (server)</source>
        <translation>NMEA sur TCP (serveur)</translation>
    </message>
    <message>
        <source>NMEA over UDP</source>
        <translation>NMEA sur UDP</translation>
    </message>
    <message>
        <source>gpsd</source>
        <translation>gpsd</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <source>e.g. Sector East TAK</source>
        <translation>p. ex. TAK Secteur Est</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Host or group:</source>
        <translation>Hôte ou groupe :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Give the address to listen on or to connect to.</source>
        <translation>Indiquez l’adresse d’écoute ou de connexion.</translation>
    </message>
    <message>
        <source>%1 is not a multicast group (224.0.0.0 to 239.255.255.255).</source>
        <translation>%1 n’est pas un groupe multicast (224.0.0.0 à 239.255.255.255).</translation>
    </message>
    <message>
        <source>%1 is a multicast group: choose &quot;CoT over UDP multicast&quot;.</source>
        <translation>%1 est un groupe multicast : choisissez « CoT sur UDP multicast ».</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::FeedsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a live feed (CoT, NMEA or gpsd) to the mission</source>
        <translation>Ajouter un flux en direct (CoT, NMEA ou gpsd) à la mission</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected feed</source>
        <translation>Modifier le flux sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stop and remove the selected feed (what it recorded stays)</source>
        <translation>Arrêter et supprimer le flux sélectionné (ce qu’il a enregistré reste)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start recording the selected feed into the mission</source>
        <translation>Enregistrer le flux sélectionné dans la mission</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected feed</source>
        <translation>Arrêter le flux sélectionné</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Msg/s</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>reconnexion dans %1 s</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>No feed selected. Add one to record CoT, NMEA or gpsd positions into the mission.</source>
        <translation>Aucun flux sélectionné. Ajoutez-en un pour enregistrer des positions CoT, NMEA ou gpsd dans la mission.</translation>
    </message>
    <message>
        <source>Open a mission to record live feeds.</source>
        <translation>Ouvrez une mission pour enregistrer des flux en direct.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Received %1, stored %2, duplicates %3, rejected %4, ignored %5</source>
        <translation>Reçus %1, enregistrés %2, doublons %3, rejetés %4, ignorés %5</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Connexions : %1</translation>
    </message>
    <message>
        <source>Last message %1: %2</source>
        <translation>Dernier message %1 : %2</translation>
    </message>
    <message>
        <source>State: stopped</source>
        <translation>État : arrêté</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>The feed could not be added: %1</source>
        <translation>Le flux n’a pas pu être ajouté : %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>The feed could not be removed: %1</source>
        <translation>Le flux n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The feed could not be changed: %1</source>
        <translation>Le flux n’a pas pu être modifié : %1</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Remove the feed %1? What it recorded stays in the mission.</source>
        <translation>Supprimer le flux %1 ? Ce qu’il a enregistré reste dans la mission.</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::HeatmapPlugin</name>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Add a protected site</source>
        <translation>Ajouter un site protégé</translation>
    </message>
    <message>
        <source>Click on the map where the protected site is</source>
        <translation>Cliquez sur la carte à l&apos;emplacement du site protégé</translation>
    </message>
    <message>
        <source>Import protected sites…</source>
        <translation>Importer des sites protégés…</translation>
    </message>
    <message>
        <source>Import protected sites</source>
        <translation>Importer des sites protégés</translation>
    </message>
    <message>
        <source>Protected sites (*.csv *.geojson *.json *.gpkg);;CSV (*.csv);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg)</source>
        <translation>Sites protégés (*.csv *.geojson *.json *.gpkg);;CSV (*.csv);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>JOC</source>
        <translation>JOC</translation>
    </message>
    <message>
        <source>MGRS or degrees, e.g. 30Q ZD 15880 01273 or 16.2717 -0.0447</source>
        <translation>MGRS ou degrés, par ex. 30Q ZD 15880 01273 ou 16.2717 -0.0447</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <source>Click the position on the map</source>
        <translation>Cliquez sur la position sur la carte</translation>
    </message>
    <message>
        <source>1 minor … 5 critical</source>
        <translation>1 mineure … 5 critique</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>abducted</source>
        <translation>enlevés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Civils</translation>
    </message>
    <message>
        <source>Peacekeepers</source>
        <translation>Casques bleus</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Forces de sécurité</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitaires</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>A: completely reliable</source>
        <translation>A&#xa0;: complètement fiable</translation>
    </message>
    <message>
        <source>B: usually reliable</source>
        <translation>B&#xa0;: habituellement fiable</translation>
    </message>
    <message>
        <source>C: fairly reliable</source>
        <translation>C&#xa0;: assez fiable</translation>
    </message>
    <message>
        <source>D: not usually reliable</source>
        <translation>D&#xa0;: habituellement peu fiable</translation>
    </message>
    <message>
        <source>E: unreliable</source>
        <translation>E&#xa0;: non fiable</translation>
    </message>
    <message>
        <source>F: cannot be judged</source>
        <translation>F&#xa0;: fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>1: confirmed</source>
        <translation>1&#xa0;: confirmée</translation>
    </message>
    <message>
        <source>2: probably true</source>
        <translation>2&#xa0;: probablement vraie</translation>
    </message>
    <message>
        <source>3: possibly true</source>
        <translation>3&#xa0;: possiblement vraie</translation>
    </message>
    <message>
        <source>4: doubtful</source>
        <translation>4&#xa0;: douteuse</translation>
    </message>
    <message>
        <source>5: improbable</source>
        <translation>5&#xa0;: improbable</translation>
    </message>
    <message>
        <source>6: cannot be judged</source>
        <translation>6&#xa0;: véracité impossible à évaluer</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Date-time (UTC)</source>
        <translation>Date-heure (UTC)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Give the position: click &quot;Pick on map&quot; or type MGRS or degrees.</source>
        <translation>Indiquez la position&#xa0;: cliquez sur «&#xa0;Choisir sur la carte&#xa0;» ou saisissez des coordonnées MGRS ou en degrés.</translation>
    </message>
    <message>
        <source>The position cannot be read: %1</source>
        <translation>Impossible de lire la position&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Delete this incident? It stays in the mission&apos;s history and can be undone.</source>
        <translation>Supprimer cet incident&#xa0;? Il reste dans l&apos;historique de la mission et la suppression peut être annulée.</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentTableModel</name>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DTG</source>
        <translation>GDH</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentsController</name>
    <message>
        <source>The incidents of %1 cannot be shown on the map.</source>
        <translation>Les incidents de %1 ne peuvent pas être affichés sur la carte.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Open a mission first.</source>
        <translation>Ouvrez d&apos;abord une mission.</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ajouter un incident</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>L&apos;incident n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Importing incidents…</source>
        <translation>Importation des incidents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Lignes rejetées écrites dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) imported, %1 rejected.</source>
        <translation>
            <numerusform>%n incident importé, %1 rejeté(s).</numerusform>
            <numerusform>%n incidents importés, %1 rejeté(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to %1.</source>
        <translation>
            <numerusform>%n incident exporté vers %1.</numerusform>
            <numerusform>%n incidents exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident files (*.csv *.geojson *.json *.kml *.kmz *.gpkg *.shp);;All files (*)</source>
        <translation>Fichiers d&apos;incidents (*.csv *.geojson *.json *.kml *.kmz *.gpkg *.shp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Exporter les incidents</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;ACLED CSV (*.csv);;GeoPackage (*.gpkg);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;CSV ACLED (*.csv);;GeoPackage (*.gpkg);;KML (*.kml)</translation>
    </message>
    <message>
        <source>Vigie does not know this file&apos;s columns. Choose which column holds what; the columns left unused are kept with each incident (its extra fields).</source>
        <translation>Vigie ne connaît pas les colonnes de ce fichier. Choisissez quelle colonne contient quoi&#xa0;; les colonnes inutilisées sont conservées avec chaque incident (ses champs supplémentaires).</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentsPanel</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>severity ≥ </source>
        <translation>gravité ≥ </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation>Tous les marquages</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Search place, actors, description…</source>
        <translation>Rechercher un lieu, des acteurs, une description…</translation>
    </message>
    <message>
        <source>Only in map extent</source>
        <translation>Uniquement dans l&apos;emprise de la carte</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation>Enregistrer un nouvel incident</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the window</source>
        <translation>
            <numerusform>%n incident dans la fenêtre temporelle</numerusform>
            <numerusform>%n incidents dans la fenêtre temporelle</numerusform>
        </translation>
    </message>
    <message>
        <source>No mission open</source>
        <translation>Aucune mission ouverte</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::IncidentsPlugin</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Identify incidents</source>
        <translation>Identifier des incidents</translation>
    </message>
    <message>
        <source>Click an incident on the map to select it and open its form</source>
        <translation>Cliquez sur un incident sur la carte pour le sélectionner et ouvrir sa fiche</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Undo incident edit</source>
        <translation>Annuler la modification de l&apos;incident</translation>
    </message>
    <message>
        <source>Redo incident edit</source>
        <translation>Rétablir la modification de l&apos;incident</translation>
    </message>
    <message>
        <source>Import incidents…</source>
        <translation>Importer des incidents…</translation>
    </message>
    <message>
        <source>Export incidents…</source>
        <translation>Exporter les incidents…</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::LiveContactsLayer</name>
    <message>
        <source>Live contacts</source>
        <translation>Contacts en direct</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::MeasureTool</name>
    <message>
        <source>Click to start measuring</source>
        <translation>Cliquez pour commencer la mesure</translation>
    </message>
    <message>
        <source>Leg: %1, bearing %2 (final %3)</source>
        <translation>Segment&#xa0;: %1, azimut %2 (final %3)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Area: %1 (perimeter %2)</source>
        <translation>Surface&#xa0;: %1 (périmètre %2)</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::MissionPanel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Zoom to area</source>
        <translation>Zoomer sur la zone</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Last changes (audit log)</source>
        <translation>Dernières modifications (journal d&apos;audit)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>No mission open — File &gt; Open mission, or File &gt; New mission.</source>
        <translation>Aucune mission ouverte — Fichier &gt; Ouvrir une mission, ou Fichier &gt; Nouvelle mission.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>%1
centre %2</source>
        <translation>%1
centre %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Rename mission</source>
        <translation>Renommer la mission</translation>
    </message>
    <message>
        <source>Mission name:</source>
        <translation>Nom de la mission&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::MissionPanelPlugin</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::SitesController</name>
    <message>
        <source>Protected sites</source>
        <translation>Sites protégés</translation>
    </message>
    <message>
        <source>The protected sites cannot be shown on the map.</source>
        <translation>Impossible d&apos;afficher les sites protégés sur la carte.</translation>
    </message>
    <message>
        <source>New protected site</source>
        <translation>Nouveau site protégé</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from %1.</source>
        <translation>
            <numerusform>%n site importé depuis %1.</numerusform>
            <numerusform>%n sites importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused; the first: %1</source>
        <translation>
            <numerusform>%n enregistrement refusé&#xa0;; le premier&#xa0;: %1</numerusform>
            <numerusform>%n enregistrements refusés&#xa0;; le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::Symbols</name>
    <message>
        <source>Team site</source>
        <translation>Site d&apos;équipe</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <source>Roadblock</source>
        <translation>Barrage routier</translation>
    </message>
    <message>
        <source>IDP camp</source>
        <translation>Camp de personnes déplacées (PDI)</translation>
    </message>
    <message>
        <source>IED</source>
        <translation>Engin explosif improvisé (EEI)</translation>
    </message>
    <message>
        <source>Ambush</source>
        <translation>Embuscade</translation>
    </message>
    <message>
        <source>Armed group position</source>
        <translation>Position de groupe armé</translation>
    </message>
    <message>
        <source>Helicopter landing site</source>
        <translation>Zone d&apos;atterrissage pour hélicoptères</translation>
    </message>
    <message>
        <source>River crossing</source>
        <translation>Point de franchissement de cours d&apos;eau</translation>
    </message>
    <message>
        <source>Medical facility</source>
        <translation>Établissement médical</translation>
    </message>
    <message>
        <source>Water point</source>
        <translation>Point d&apos;eau</translation>
    </message>
    <message>
        <source>Observation post</source>
        <translation>Poste d&apos;observation</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Airfield</source>
        <translation>Aérodrome</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::ThreatPanel</name>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Taille du pixel</translation>
    </message>
    <message>
        <source>Quartic</source>
        <translation>Quartique</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Triweight</source>
        <translation>Triweight</translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussien</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>None (each incident counts 1)</source>
        <translation>Aucune (chaque incident compte pour 1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Nombre de morts</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>No decay</source>
        <translation>Aucune décroissance</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
    <message>
        <source>Percentile of the non-zero pixels</source>
        <translation>Centile des pixels non nuls</translation>
    </message>
    <message>
        <source>Density value</source>
        <translation>Valeur de densité</translation>
    </message>
    <message>
        <source>Hotspots above</source>
        <translation>Points chauds au-dessus de</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Double-click a hotspot to zoom to it</source>
        <translation>Double-cliquez sur un point chaud pour zoomer dessus</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Computing the heatmap…</source>
        <translation>Calcul de la carte de densité…</translation>
    </message>
    <message>
        <source>Threat density</source>
        <translation>Densité de la menace</translation>
    </message>
    <message>
        <source>No incident in the time window.</source>
        <translation>Aucun incident dans la fenêtre temporelle.</translation>
    </message>
    <message>
        <source>The incident categories the heatmap counts; tick one or several</source>
        <translation>Les catégories d&apos;incidents que compte la carte de densité&#xa0;; cochez-en une ou plusieurs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>No category is ticked: tick one or several.</source>
        <translation>Aucune catégorie n&apos;est cochée&#xa0;: cochez-en une ou plusieurs.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), maximum density %1; hotspots when the time bar stops.</source>
        <translation>
            <numerusform>%n incident, densité maximale %1&#xa0;; les points chauds à l&apos;arrêt de la barre de temps.</numerusform>
            <numerusform>%n incidents, densité maximale %1&#xa0;; les points chauds à l&apos;arrêt de la barre de temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTM zone of the area</source>
        <translation>Fuseau UTM de la zone de responsabilité</translation>
    </message>
    <message>
        <source>The coordinate system the heatmap is computed and exported in; its radius and pixel size are metres in it. By default the UTM zone of the mission&apos;s area.</source>
        <translation>Le système de coordonnées dans lequel la carte de densité est calculée et exportée&#xa0;; son rayon et sa taille de pixel y sont en mètres. Par défaut, le fuseau UTM de la zone de responsabilité de la mission.</translation>
    </message>
    <message>
        <source>Pick a projected coordinate system in metres (UTM, a national grid).</source>
        <translation>Choisissez un système de coordonnées projeté en mètres (UTM, un quadrillage national).</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <source>Export GeoTIFF…</source>
        <translation>Exporter en GeoTIFF…</translation>
    </message>
    <message>
        <source>Write the heatmap of the time window as a GeoTIFF, in the coordinate system above</source>
        <translation>Écrire la carte de densité de la fenêtre temporelle en GeoTIFF, dans le système de coordonnées ci-dessus</translation>
    </message>
    <message>
        <source>The heatmap needs a projected coordinate system in metres with an EPSG code; %1 is not one.</source>
        <translation>La carte de densité demande un système de coordonnées projeté en mètres, avec un code EPSG&#xa0;; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Export the heatmap</source>
        <translation>Exporter la carte de densité</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>No mission is open.</source>
        <translation>Aucune mission n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Exporting the heatmap…</source>
        <translation>Export de la carte de densité…</translation>
    </message>
    <message>
        <source>Heatmap written to %1 (%2 × %3 pixels of %4 m, EPSG:%5).</source>
        <translation>Carte de densité écrite dans %1 (%2 × %3 pixels de %4 m, EPSG:%5).</translation>
    </message>
    <message>
        <source>UTM zone of the area (%1%2)</source>
        <translation>Fuseau UTM de la zone de responsabilité (%1%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), maximum density %1</source>
        <translation>
            <numerusform>%n incident, densité maximale %1</numerusform>
            <numerusform>%n incidents, densité maximale %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n hotspot(s) above %1.</source>
        <translation>
            <numerusform>, %n point chaud au-dessus de %1.</numerusform>
            <numerusform>, %n points chauds au-dessus de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksLayers</name>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Track positions</source>
        <translation>Positions des pistes</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>Only tracks seen in the time window</source>
        <translation>Uniquement les pistes observées dans la fenêtre temporelle</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks selected.</source>
        <translation>
            <numerusform>%n piste sélectionnée.</numerusform>
            <numerusform>%n pistes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a track to see its distance, speeds and gaps.</source>
        <translation>Sélectionnez une piste pour afficher sa distance, ses vitesses et ses interruptions.</translation>
    </message>
    <message>
        <source>none over 5 min</source>
        <translation>aucune de plus de 5 min</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) over 5 min: </source>
        <translation>
            <numerusform>%n interruption de plus de 5 min&#xa0;: </numerusform>
            <numerusform>%n interruptions de plus de 5 min&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Mean speed</source>
        <translation>Vitesse moyenne</translation>
    </message>
    <message>
        <source>Max speed</source>
        <translation>Vitesse maximale</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Interruptions</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksPlugin</name>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Import tracks…</source>
        <translation>Importer des pistes…</translation>
    </message>
    <message>
        <source>Import GPX, NMEA, CoT, KML or CSV track files into the mission</source>
        <translation>Importer dans la mission des fichiers de pistes GPX, NMEA, CoT, KML ou CSV</translation>
    </message>
    <message>
        <source>Export tracks…</source>
        <translation>Exporter les pistes…</translation>
    </message>
    <message>
        <source>Export the selected tracks (or all) within the time window as GPX, KML, GeoJSON or CSV</source>
        <translation>Exporter les pistes sélectionnées (ou toutes les pistes) comprises dans la fenêtre temporelle au format GPX, KML, GeoJSON ou CSV</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>vigie::plugins::TracksTransfer</name>
    <message>
        <source>Import tracks</source>
        <translation>Importer des pistes</translation>
    </message>
    <message>
        <source>Track files (*.gpx *.nmea *.nmea0183 *.log *.txt *.cot *.xml *.kml *.csv);;All files (*)</source>
        <translation>Fichiers de pistes (*.gpx *.nmea *.nmea0183 *.log *.txt *.cot *.xml *.kml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing tracks…</source>
        <translation>Importation des pistes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Track import report</source>
        <translation>Rapport d&apos;importation des pistes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>GPX (*.gpx)</source>
        <translation>GPX (*.gpx)</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export tracks (time window)</source>
        <translation>Exporter les pistes (fenêtre temporelle)</translation>
    </message>
    <message>
        <source>Export tracks</source>
        <translation>Exporter les pistes</translation>
    </message>
    <message>
        <source>Could not export the tracks</source>
        <translation>Impossible d&apos;exporter les pistes</translation>
    </message>
    <message>
        <source>a time or date column</source>
        <translation>une colonne d&apos;heure ou de date</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) imported, %1 rejected.</source>
        <translation>
            <numerusform>%n point importé, %1 rejeté(s).</numerusform>
            <numerusform>%n points importés, %1 rejeté(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie cannot tell this file&apos;s time and position columns by their names. Choose which column holds what; the columns left unused are not imported.</source>
        <translation>Vigie ne reconnaît pas à leur nom les colonnes d&apos;heure et de position de ce fichier. Choisissez quelle colonne contient quoi&#xa0;; les colonnes inutilisées ne sont pas importées.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::Basemap</name>
    <message>
        <source>The offline world map %1 is missing (package qgis-common).</source>
        <translation>La carte du monde hors ligne %1 est introuvable (paquet qgis-common).</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Admin-1 boundaries</source>
        <translation>Limites administratives de niveau 1</translation>
    </message>
    <message>
        <source>Disputed borders</source>
        <translation>Frontières contestées</translation>
    </message>
    <message>
        <source>The offline world map %1 could not be read.</source>
        <translation>Impossible de lire la carte du monde hors ligne %1.</translation>
    </message>
    <message>
        <source>%1 is not a map file GDAL can read: %2</source>
        <translation>%1 n&apos;est pas un fichier cartographique lisible par GDAL&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no raster or vector layer to show.</source>
        <translation>%1 ne contient aucune couche raster ou vecteur à afficher.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a map layer.</source>
        <translation>Impossible d&apos;ouvrir %1 comme couche cartographique.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::Briefing</name>
    <message>
        <source>Period %1 – %2</source>
        <translation>Période %1 – %2</translation>
    </message>
    <message>
        <source>A briefing needs at least one period.</source>
        <translation>Un briefing nécessite au moins une période.</translation>
    </message>
    <message>
        <source>The briefing area is empty.</source>
        <translation>La zone du briefing est vide.</translation>
    </message>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation>Le modèle d&apos;impression %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The print template %1 is not a QGIS layout template.</source>
        <translation>Le modèle d&apos;impression %1 n&apos;est pas un modèle de mise en page QGIS.</translation>
    </message>
    <message>
        <source>The briefing area cannot be projected to UTM.</source>
        <translation>La zone du briefing ne peut pas être projetée en UTM.</translation>
    </message>
    <message>
        <source>The print template %1 lacks the item &quot;%2&quot;.</source>
        <translation>Il manque l&apos;élément «&#xa0;%2&#xa0;» dans le modèle d&apos;impression %1.</translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation>Produit le %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation>Quadrillage MGRS</translation>
    </message>
    <message>
        <source>Grid: MGRS / %1, %2 km squares</source>
        <translation>Quadrillage&#xa0;: MGRS / %1, carrés de %2 km</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Incidents in area and period</source>
        <translation>Incidents dans la zone et sur la période</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Could not write the PDF %1 (error %2).</source>
        <translation>Impossible d&apos;écrire le PDF %1 (erreur %2).</translation>
    </message>
    <message>
        <source>Could not write the image %1 (error %2).</source>
        <translation>Impossible d&apos;écrire l&apos;image %1 (erreur %2).</translation>
    </message>
    <message>
        <source>Grid: %1, labels in km, %2 km squares</source>
        <translation>Quadrillage&#xa0;: %1, graduations en km, carrés de %2 km</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Autres catégories</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more not shown)</source>
        <translation>
            <numerusform>%1 (%n autre non affichée)</numerusform>
            <numerusform>%1 (%n autres non affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ui::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Briefing output</source>
        <translation>Sortie du briefing</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Current map extent</source>
        <translation>Emprise actuelle de la carte</translation>
    </message>
    <message>
        <source>MGRS box A,B</source>
        <translation>Zone MGRS A,B</translation>
    </message>
    <message>
        <source>Degree box W,S,E,N</source>
        <translation>Zone en degrés O,S,E,N</translation>
    </message>
    <message>
        <source>e.g. 31PCT1000,31PCT9090 or -0.4,15.9,0.6,16.6</source>
        <translation>p. ex. 31PCT1000,31PCT9090 ou -0.4,15.9,0.6,16.6</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Time pack: one page each for the last 24 h, 7 days and 30 days before the end</source>
        <translation>Dossier chronologique&#xa0;: une page pour chacune des dernières 24 h, 7 jours et 30 jours avant la fin</translation>
    </message>
    <message>
        <source>Producing unit</source>
        <translation>Unité productrice</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The highest marking of the data shown is the lowest allowed; you may raise it.</source>
        <translation>Le marquage le plus élevé des données affichées est le minimum autorisé&#xa0;; vous pouvez le relever.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>QGIS project (.qgz)</source>
        <translation>Projet QGIS (.qgz)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Preview (first page)</source>
        <translation>Aperçu (première page)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>QGIS project (*.qgz)</source>
        <translation>Projet QGIS (*.qgz)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The map shows no area.</source>
        <translation>La carte ne montre aucune zone.</translation>
    </message>
    <message>
        <source>The map&apos;s extent cannot be expressed in degrees.</source>
        <translation>L&apos;emprise de la carte ne peut pas être exprimée en degrés.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>La période doit commencer avant de finir.</translation>
    </message>
    <message>
        <source>Open a mission to brief it.</source>
        <translation>Ouvrez une mission pour en faire le briefing.</translation>
    </message>
    <message>
        <source>Printed the briefing</source>
        <translation>Briefing imprimé</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>%1, marked %2 (%3 ms).</source>
        <translation>%1, marquage %2 (%3 ms).</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Dessin de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Reading the mission…</source>
        <translation>Lecture de la mission…</translation>
    </message>
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
            <numerusform>, %n incident dans la zone et la période</numerusform>
            <numerusform>, %n incidents dans la zone et la période</numerusform>
        </translation>
    </message>
    <message>
        <source>; the data is marked %1.</source>
        <translation>&#xa0;; les données sont marquées %1.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::BriefingJob</name>
    <message>
        <source>Could not write the layer &quot;%1&quot; to %2: %3</source>
        <translation>Impossible d&apos;écrire la couche «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not copy the layer &quot;%1&quot; to %2.</source>
        <translation>Impossible de copier la couche «&#xa0;%1&#xa0;» vers %2.</translation>
    </message>
    <message>
        <source>An MGRS box is two MGRS corners separated by a comma.</source>
        <translation>Une zone MGRS est formée de deux coins MGRS séparés par une virgule.</translation>
    </message>
    <message>
        <source>The two MGRS corners do not span an area.</source>
        <translation>Les deux coins MGRS ne délimitent pas une zone.</translation>
    </message>
    <message>
        <source>last 24 h</source>
        <translation>dernières 24 h</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>No printer.</source>
        <translation>Aucune imprimante.</translation>
    </message>
    <message>
        <source>Could not print the briefing (error %1).</source>
        <translation>Impossible d&apos;imprimer le briefing (erreur %1).</translation>
    </message>
    <message>
        <source>Could not add the layout to the project.</source>
        <translation>Impossible d&apos;ajouter la mise en page au projet.</translation>
    </message>
    <message>
        <source>Could not write the QGIS project %1: %2</source>
        <translation>Impossible d&apos;écrire le projet QGIS %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Encore nécessaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Vigie does not know this file&apos;s columns. Choose which column holds what.</source>
        <translation>Vigie ne connaît pas les colonnes de ce fichier. Choisissez quelle colonne contient quoi.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::CoordinateStatus</name>
    <message>
        <source>Cursor position in MGRS (1 m)</source>
        <translation>Position du curseur en MGRS (1 m)</translation>
    </message>
    <message>
        <source>Cursor position in decimal degrees (WGS 84)</source>
        <translation>Position du curseur en degrés décimaux (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Échelle de la carte</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map</source>
        <translation>Système de coordonnées de référence de la carte</translation>
    </message>
    <message>
        <source>Open mission</source>
        <translation>Mission ouverte</translation>
    </message>
    <message>
        <source>no mission</source>
        <translation>aucune mission</translation>
    </message>
    <message>
        <source>mission: %1</source>
        <translation>mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>outside the map&apos;s projection</source>
        <translation>hors de la projection de la carte</translation>
    </message>
    <message>
        <source>off the globe</source>
        <translation>hors du globe</translation>
    </message>
</context>
<context>
    <name>vigie::ui::GotoBox</name>
    <message>
        <source>Go to MGRS / lat lon</source>
        <translation>Aller à MGRS / lat. long.</translation>
    </message>
    <message>
        <source>MGRS (31P CT 12345 67890), decimal degrees (16.2717 -0.0447) or DMS (16°16&apos;18&quot;N 0°02&apos;41&quot;W); Enter to go</source>
        <translation>MGRS (31P CT 12345 67890), degrés décimaux (16.2717 -0.0447) ou DMS (16°16&apos;18&quot;N 0°02&apos;41&quot;O)&#xa0;; Entrée pour y aller</translation>
    </message>
</context>
<context>
    <name>vigie::ui::HeatmapLayer</name>
    <message>
        <source>The heatmap cannot be shown: %1</source>
        <translation>La carte de densité ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nulle</translation>
    </message>
    <message>
        <source>%1 (highest)</source>
        <translation>%1 (maximum)</translation>
    </message>
</context>
<context>
    <name>vigie::ui::IncidentLayer</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incidents per %1 km cell (icon: most frequent category; number: incidents)</source>
        <translation>Incidents par maille de %1 km (icône&#xa0;: catégorie la plus fréquente&#xa0;; nombre&#xa0;: incidents)</translation>
    </message>
</context>
<context>
    <name>vigie::ui::PluginManager</name>
    <message>
        <source>not a Qt plugin (%1)</source>
        <translation>n&apos;est pas une extension Qt (%1)</translation>
    </message>
    <message>
        <source>not a Vigie panel plugin (interface %1, expected %2)</source>
        <translation>n&apos;est pas une extension de panneau Vigie (interface %1, %2 attendue)</translation>
    </message>
    <message>
        <source>its metadata has no &quot;id&quot;</source>
        <translation>ses métadonnées ne contiennent pas de champ «&#xa0;id&#xa0;»</translation>
    </message>
    <message>
        <source>a plugin with id &quot;%1&quot; is already loaded from %2</source>
        <translation>une extension d&apos;identifiant «&#xa0;%1&#xa0;» est déjà chargée depuis %2</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>does not implement the panel interface</source>
        <translation>n&apos;implémente pas l&apos;interface de panneau</translation>
    </message>
    <message>
        <source>refused to start</source>
        <translation>a refusé de démarrer</translation>
    </message>
</context>
<context>
    <name>vigie::ui::TimeBar</name>
    <message>
        <source>Start of the time window (UTC)</source>
        <translation>Début de la fenêtre temporelle (UTC)</translation>
    </message>
    <message>
        <source>End of the time window (UTC)</source>
        <translation>Fin de la fenêtre temporelle (UTC)</translation>
    </message>
    <message>
        <source>Move the time window through the mission&apos;s period</source>
        <translation>Déplacer la fenêtre temporelle sur la période de la mission</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Reculer d&apos;un pas</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Avancer d&apos;un pas</translation>
    </message>
    <message>
        <source>Step of the time window</source>
        <translation>Pas de la fenêtre temporelle</translation>
    </message>
    <message>
        <source>step 15 min</source>
        <translation>pas de 15 min</translation>
    </message>
    <message>
        <source>step 1 h</source>
        <translation>pas de 1 h</translation>
    </message>
    <message>
        <source>step 6 h</source>
        <translation>pas de 6 h</translation>
    </message>
    <message>
        <source>step 1 d</source>
        <translation>pas de 1 j</translation>
    </message>
    <message>
        <source>step 7 d</source>
        <translation>pas de 7 j</translation>
    </message>
    <message>
        <source>last 24 h</source>
        <translation>dernières 24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher la période la plus récente (%1)</translation>
    </message>
    <message>
        <source>Time window as date-time groups</source>
        <translation>Fenêtre temporelle en groupes date-heure (GDH)</translation>
    </message>
    <message>
        <source>Steps per second when playing</source>
        <translation>Pas par seconde pendant la lecture</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
</TS>
