<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>%1 is read-only: you can look, not change.</source>
        <translation>%1 est en lecture seule&#xa0;: consultation possible, modification impossible.</translation>
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
</context>
<context>
    <name>vigie::core::mgrs</name>
    <message>
        <source>&quot;%1&quot; is not a valid MGRS reference (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une référence MGRS valide (%2).</translation>
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
</context>
</TS>
