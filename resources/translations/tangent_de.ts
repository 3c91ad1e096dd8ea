<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CoreMessage</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of values?</source>
        <translation>diese Kommentarzeile ist länger als %1 MiB, das Höchste, was Tangent in einer Zeile liest; ist dies eine Wertetabelle?</translation>
    </message>
    <message>
        <source>this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check that its lines end with line breaks and that every quote is closed</source>
        <translation>diese Zeile ist länger als %1 MiB, das Höchste, was Tangent in einer Zeile liest; ist dies eine Wertetabelle? Prüfen Sie, dass ihre Zeilen mit Zeilenumbrüchen enden und jedes Anführungszeichen geschlossen ist</translation>
    </message>
    <message>
        <source>this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with %2 between them?</source>
        <translation>diese Zeile hat mehr als %1 Felder, das Höchste, was Tangent in einer Zeile liest; ist dies eine Wertetabelle mit %2 dazwischen?</translation>
    </message>
    <message>
        <source>this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>diese Zeile hat 1 Feld, aber %3 hat %1; Felder sind durch %2 getrennt, prüfen Sie diese Zeile also auf ein fehlendes oder überzähliges Trennzeichen und setzen Sie Werte, die eines enthalten, in Anführungszeichen</translation>
    </message>
    <message>
        <source>this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>diese Zeile hat %1 Felder, aber %4 hat %2; Felder sind durch %3 getrennt, prüfen Sie diese Zeile also auf ein fehlendes oder überzähliges Trennzeichen und setzen Sie Werte, die eines enthalten, in Anführungszeichen</translation>
    </message>
    <message>
        <source>the header (line %1)</source>
        <translation>die Kopfzeile (Zeile %1)</translation>
    </message>
    <message>
        <source>the first row (line %1)</source>
        <translation>die erste Zeile (Zeile %1)</translation>
    </message>
    <message>
        <source>this line is blank but the table has %1 columns; delete the line, or write NA for each missing value</source>
        <translation>diese Zeile ist leer, aber die Tabelle hat %1 Spalten; löschen Sie die Zeile oder schreiben Sie NA für jeden fehlenden Wert</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file has only comment lines (&apos;#&apos;) and no table</source>
        <translation>die Datei enthält nur Kommentarzeilen („#“) und keine Tabelle</translation>
    </message>
    <message>
        <source>the file has a header but no data rows; add rows of values below the header</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen; fügen Sie Zeilen mit Werten unter der Kopfzeile hinzu</translation>
    </message>
    <message>
        <source>the quoted field that starts on this line is never closed; add the missing closing quote (&quot;), and write a quote inside a quoted field as &quot;&quot;</source>
        <translation>das Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen; ergänzen Sie das fehlende schließende Anführungszeichen (&quot;) und schreiben Sie ein Anführungszeichen innerhalb eines solchen Feldes als &quot;&quot;</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as &quot;&quot;</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als &quot;&quot;</translation>
    </message>
    <message>
        <source>give either an x column or a uniform spacing dx, not both</source>
        <translation>geben Sie entweder eine x-Spalte oder einen gleichmäßigen Abstand dx an, nicht beides</translation>
    </message>
    <message>
        <source>the spacing dx must be a finite number other than 0</source>
        <translation>der Abstand dx muss eine endliche Zahl ungleich 0 sein</translation>
    </message>
    <message>
        <source>--smoothed needs a --method other than numpy (numpy.gradient does not smooth)</source>
        <translation>--smoothed braucht eine andere --method als numpy (numpy.gradient glättet nicht)</translation>
    </message>
    <message>
        <source>--edge-order belongs to --method numpy; --method %1 treats the ends itself</source>
        <translation>--edge-order gehört zu --method numpy; --method %1 behandelt die Ränder selbst</translation>
    </message>
    <message>
        <source>--noise-sd is the noise level of the uncertainty band; add --uncertainty</source>
        <translation>--noise-sd ist das Rauschniveau des Unsicherheitsbands; fügen Sie --uncertainty hinzu</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is left out: &apos;%2&apos; is not a number (fix the cell, or --strict to make this an error)</source>
        <translation>Spalte „%1“ wird ausgelassen: „%2“ ist keine Zahl (korrigieren Sie die Zelle, oder --strict macht dies zu einem Fehler)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x</source>
        <translation>außer x gibt es keine numerische Spalte zum Ableiten</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x and the group</source>
        <translation>außer x und der Gruppe gibt es keine numerische Spalte zum Ableiten</translation>
    </message>
    <message>
        <source>no uncertainty band for &apos;%1&apos;: %2</source>
        <translation>kein Unsicherheitsband für „%1“: %2</translation>
    </message>
    <message>
        <source>cannot differentiate &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht abgeleitet werden: %2</translation>
    </message>
    <message>
        <source>the group column cannot also be the x column</source>
        <translation>die Gruppenspalte kann nicht zugleich die x-Spalte sein</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric; choose another column</source>
        <translation>die %1-Spalte „%2“ ist nicht numerisch; wählen Sie eine andere Spalte</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric (&apos;%3&apos; is not a number); fix the cell or choose another column</source>
        <translation>die %1-Spalte „%2“ ist nicht numerisch („%3“ ist keine Zahl); korrigieren Sie die Zelle oder wählen Sie eine andere Spalte</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geglättet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) decreases throughout; the derivatives are still correct</source>
        <translation>x („%1“) fällt durchgehend; die Ableitungen sind trotzdem korrekt</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across each step back are meaningless</source>
        <translation>x („%1“) steigt nicht: %2 folgt auf %3; numpy.gradient sortiert nicht, daher sind die Steigungen über jeden Rückschritt bedeutungslos</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x („%1“) wiederholt sich (%2 zweimal hintereinander): der Schritt dort ist 0, daher sind die Steigungen daneben unendlich oder NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x („%1“) wiederholt sich (%2 zweimal hintereinander, und an %3 weiteren Stelle(n)): der Schritt dort ist 0, daher sind die Steigungen daneben unendlich oder NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN</source>
        <translation>x („%1“) hat %2 Lücke(n) (leere oder NaN-Zellen), die erste hier: die Ableitungen daneben sind NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then uses its non-uniform formula, and so does tangent-cli</source>
        <translation>x („%1“) ist bis auf %2 (relativ) gleichmäßig verteilt, aber nicht exakt (Schritte von %3 bis %4): numpy verwendet dann seine Formel für ungleichmäßige Abstände, und tangent-cli auch</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has 1 row, too few for %2 (needs %3)</source>
        <translation>Gruppe „%1“ hat 1 Zeile, zu wenige für %2 (braucht %3)</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 rows, too few for %3 (needs %4)</source>
        <translation>Gruppe „%1“ hat %2 Zeilen, zu wenige für %3 (braucht %4)</translation>
    </message>
    <message>
        <source>cannot differentiate group &apos;%1&apos;: %2</source>
        <translation>Gruppe „%1“ kann nicht abgeleitet werden: %2</translation>
    </message>
    <message>
        <source>cannot smooth group &apos;%1&apos;: %2</source>
        <translation>Gruppe „%1“ kann nicht geglättet werden: %2</translation>
    </message>
    <message>
        <source>warning: %1; its derivative cells are left empty</source>
        <translation>Warnung: %1; ihre Ableitungszellen bleiben leer</translation>
    </message>
    <message>
        <source>%1 must be a finite number above 0, not %2</source>
        <translation>%1 muss eine endliche Zahl über 0 sein, nicht %2</translation>
    </message>
    <message>
        <source>--order must be 1 or more, not %1</source>
        <translation>--order muss 1 oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>--method %1 gives derivatives up to order %2, not %3</source>
        <translation>--method %1 liefert Ableitungen bis zur Ordnung %2, nicht %3</translation>
    </message>
    <message>
        <source>--polyorder must be 0 or more, not %1</source>
        <translation>--polyorder muss 0 oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>--iterations must be 1 or more, not %1</source>
        <translation>--iterations muss 1 oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>--ratio (log10 of q/r) must be a finite number, not %1</source>
        <translation>--ratio (log10 von q/r) muss eine endliche Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing methods</source>
        <translation>numpy.gradient (--method numpy) leitet ohne Glättung ab; es ist keine der Glättungsmethoden</translation>
    </message>
    <message>
        <source>the savgol window must be odd (a centre point and as many on each side), not %1</source>
        <translation>das Savgol-Fenster muss ungerade sein (ein Mittelpunkt und gleich viele auf jeder Seite), nicht %1</translation>
    </message>
    <message>
        <source>the savgol polyorder %1 must be less than the window %2</source>
        <translation>die Savgol-Polynomordnung %1 muss kleiner als das Fenster %2 sein</translation>
    </message>
    <message>
        <source>the savgol window %1 is too small; use at least 3 points</source>
        <translation>das Savgol-Fenster %1 ist zu klein; verwenden Sie mindestens 3 Punkte</translation>
    </message>
    <message>
        <source>a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order</source>
        <translation>ein Polynom der Ordnung %1 hat keine Ableitung der Ordnung %2; erhöhen Sie --polyorder oder senken Sie --order</translation>
    </message>
    <message>
        <source>the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most %3</source>
        <translation>das Savgol-Fenster %1 ist länger als die Daten (%2 Punkte, die nicht NaN sind); verwenden Sie ein Fenster von höchstens %3</translation>
    </message>
    <message>
        <source>%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge repeated x values</source>
        <translation>%1 braucht streng steigende x, aber x = %2 folgt nicht auf %3; sortieren Sie die Zeilen nach x und fassen Sie wiederholte x-Werte zusammen</translation>
    </message>
    <message>
        <source>there are %1 x values for %2 y values</source>
        <translation>es gibt %1 x-Werte für %2 y-Werte</translation>
    </message>
    <message>
        <source>the spacing must be a finite number above 0 for this method</source>
        <translation>der Abstand muss für diese Methode eine endliche Zahl über 0 sein</translation>
    </message>
    <message>
        <source>an infinite value cannot be smoothed; replace it or leave the cell empty</source>
        <translation>ein unendlicher Wert kann nicht geglättet werden; ersetzen Sie ihn oder lassen Sie die Zelle leer</translation>
    </message>
    <message>
        <source>%1 needs at least %2 points that are not NaN, but there are %3</source>
        <translation>%1 braucht mindestens %2 Punkte, die nicht NaN sind, aber es gibt %3</translation>
    </message>
    <message>
        <source>the smoothing system is not positive definite (is x spread over too wide a range, or the parameter extreme?)</source>
        <translation>das Glättungssystem ist nicht positiv definit (erstreckt sich x über einen zu weiten Bereich, oder ist der Parameter extrem?)</translation>
    </message>
    <message>
        <source>total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of the data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol for a band</source>
        <translation>Totale Variation (tvr) hat kein Unsicherheitsband: ihre Ableitung ist keine lineare oder gaußsche Funktion der Daten, daher folgt aus dem Rauschniveau keine ehrliche Standardabweichung; verwenden Sie spline, kalman oder savgol für ein Band</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: %2</source>
        <translation>Gruppe „%1“: %2</translation>
    </message>
    <message>
        <source>the Savitzky–Golay band needs the window and polyorder that were used</source>
        <translation>das Savitzky–Golay-Band braucht das verwendete Fenster und die verwendete Polynomordnung</translation>
    </message>
    <message>
        <source>only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show</source>
        <translation>nur numpy.gradient und Savitzky–Golay sind eine feste Gewichtung von y; %1 hat keine Gewichte zum Zeigen</translation>
    </message>
    <message>
        <source>the Savitzky–Golay weights need the window and polyorder that were used</source>
        <translation>die Savitzky–Golay-Gewichte brauchen das verwendete Fenster und die verwendete Polynomordnung</translation>
    </message>
    <message>
        <source>the noise level (--noise-sd) must be a finite number of 0 or more, not %1</source>
        <translation>das Rauschniveau (--noise-sd) muss eine endliche Zahl von 0 oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>cannot estimate the noise level for the band: %1; give it instead (--noise-sd)</source>
        <translation>das Rauschniveau für das Band kann nicht geschätzt werden: %1; geben Sie es stattdessen an (--noise-sd)</translation>
    </message>
    <message>
        <source>the band needs the method auto chose (SmoothingResult::used), not auto itself</source>
        <translation>das Band braucht die von auto gewählte Methode (SmoothingResult::used), nicht auto selbst</translation>
    </message>
    <message>
        <source>the spline&apos;s band is computed for the first derivative only; use kalman or savgol for a band of order %1</source>
        <translation>das Band des Splines wird nur für die erste Ableitung berechnet; verwenden Sie kalman oder savgol für ein Band der Ordnung %1</translation>
    </message>
    <message>
        <source>the spline&apos;s band needs the λ that was used</source>
        <translation>das Band des Splines braucht das verwendete λ</translation>
    </message>
    <message>
        <source>the Kalman band needs the ratio that was used</source>
        <translation>das Kalman-Band braucht das verwendete Verhältnis</translation>
    </message>
    <message>
        <source>the file is empty; expected an .npy file, which starts with \x93NUMPY</source>
        <translation>die Datei ist leer; erwartet wurde eine .npy-Datei, die mit \x93NUMPY beginnt</translation>
    </message>
    <message>
        <source>this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</source>
        <translation>dies ist ein .npz-Archiv (ein Zip aus .npy-Dateien), keine .npy-Datei; extrahieren Sie ein Array mit numpy, z. B. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</translation>
    </message>
    <message>
        <source>not an .npy file: it starts with &apos;%1&apos; instead of the magic string \x93NUMPY; save the array with numpy.save</source>
        <translation>keine .npy-Datei: sie beginnt mit „%1“ statt mit der magischen Zeichenfolge \x93NUMPY; speichern Sie das Array mit numpy.save</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0</source>
        <translation>nicht unterstützte .npy-Formatversion %1; Tangent liest die Versionen 1.0, 2.0 und 3.0</translation>
    </message>
    <message>
        <source>truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is incomplete</source>
        <translation>abgeschnittener Header: die Headerlänge bei Byte 8 sagt %1 Bytes, aber nur %2 folgen; die Datei ist unvollständig</translation>
    </message>
    <message>
        <source>truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete</source>
        <translation>abgeschnittene Daten: erwartet %1 Bytes Daten für die Form %2 von %3, gefunden %4; die Datei ist unvollständig</translation>
    </message>
    <message>
        <source>this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)</source>
        <translation>dieses Zip-Archiv ist keine Arbeitsmappe: es hat weder xl/workbook.xml (.xlsx) noch content.xml (.ods)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has 1 sheet: %2</source>
        <translation>es gibt kein Tabellenblatt „%1“; die Arbeitsmappe hat 1 Tabellenblatt: %2</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has %2 sheets: %3</source>
        <translation>es gibt kein Tabellenblatt „%1“; die Arbeitsmappe hat %2 Tabellenblätter: %3</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is empty</source>
        <translation>Tabellenblatt „%1“ ist leer</translation>
    </message>
    <message>
        <source>the workbook is encrypted (password-protected); open it in its spreadsheet program and save it without a password</source>
        <translation>die Arbeitsmappe ist verschlüsselt (passwortgeschützt); öffnen Sie sie in ihrem Tabellenkalkulationsprogramm und speichern Sie sie ohne Passwort</translation>
    </message>
    <message>
        <source>this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it as .xlsx or .ods</source>
        <translation>dies ist eine OLE-Verbunddatei (etwa eine alte binäre .xls-Arbeitsmappe), kein .xlsx- oder .ods-Zip; speichern Sie sie als .xlsx oder .ods</translation>
    </message>
    <message>
        <source>this is not a zip archive, so not an .xlsx or .ods workbook (%1)</source>
        <translation>dies ist kein Zip-Archiv, also keine .xlsx- oder .ods-Arbeitsmappe (%1)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>Tabellenblatt „%1“: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)</source>
        <translation>dieses Zip-Archiv ist keine .xlsx-Arbeitsmappe (es hat kein xl/workbook.xml)</translation>
    </message>
    <message>
        <source>this zip archive is not an .ods workbook (it has no content.xml)</source>
        <translation>dieses Zip-Archiv ist keine .ods-Arbeitsmappe (es hat kein content.xml)</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>the file is too large for the memory available: %3 needs about %1, but only %2 are free; close other programs, or split the file into smaller parts</source>
        <translation>die Datei ist zu groß für den verfügbaren Speicher: %3 braucht etwa %1, aber nur %2 sind frei; schließen Sie andere Programme oder teilen Sie die Datei in kleinere Teile</translation>
    </message>
    <message>
        <source>a spacing must be a single number or a 1-D array of coordinates, not an array of %1 dimensions (numpy: distances must be either scalars or 1d)</source>
        <translation>ein Abstand muss eine einzelne Zahl oder ein 1-D-Array von Koordinaten sein, kein Array mit %1 Dimensionen (numpy: distances must be either scalars or 1d)</translation>
    </message>
    <message>
        <source>axis %1 is out of bounds for array of dimension %2 (valid axes are %3 to %4)</source>
        <translation>Achse %1 liegt außerhalb eines Arrays der Dimension %2 (gültige Achsen sind %3 bis %4)</translation>
    </message>
    <message>
        <source>repeated axis: axis %1 selects a dimension that is already selected</source>
        <translation>wiederholte Achse: Achse %1 wählt eine Dimension, die schon gewählt ist</translation>
    </message>
    <message>
        <source>edge order %1 is not supported: use 1 or 2 (numpy: &apos;edge_order&apos; greater than 2 not supported)</source>
        <translation>Randordnung %1 wird nicht unterstützt: verwenden Sie 1 oder 2 (numpy: &apos;edge_order&apos; greater than 2 not supported)</translation>
    </message>
    <message>
        <source>axis %1 has 1 point, but edge order %2 needs at least %3 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>Achse %1 hat 1 Punkt, aber Randordnung %2 braucht mindestens %3 (numpy: Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points, but edge order %3 needs at least %4 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>Achse %1 hat %2 Punkte, aber Randordnung %3 braucht mindestens %4 (numpy: Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points but %3 coordinates were given; give exactly one coordinate per point (numpy: when 1d, distances must match the length of the corresponding dimension)</source>
        <translation>Achse %1 hat %2 Punkte, aber %3 Koordinaten wurden angegeben; geben Sie genau eine Koordinate pro Punkt an (numpy: when 1d, distances must match the length of the corresponding dimension)</translation>
    </message>
    <message>
        <source>axis %1 has %2 coordinate(s), so there is no spacing between points (numpy: IndexError: index 0 is out of bounds for axis 0 with size 0)</source>
        <translation>Achse %1 hat %2 Koordinate(n), also gibt es keinen Abstand zwischen Punkten (numpy: IndexError: index 0 is out of bounds for axis 0 with size 0)</translation>
    </message>
    <message>
        <source>%1 spacings were given for %2 selected axes; give none, one number for all axes, or one per selected axis (numpy: invalid number of arguments)</source>
        <translation>%1 Abstände wurden für %2 gewählte Achsen angegeben; geben Sie keinen, eine Zahl für alle Achsen oder einen pro gewählter Achse an (numpy: invalid number of arguments)</translation>
    </message>
    <message>
        <source>derivative order %1 is not supported: use 1 or more</source>
        <translation>Ableitungsordnung %1 wird nicht unterstützt: verwenden Sie 1 oder mehr</translation>
    </message>
    <message>
        <source>the derivative order must be at least 1, not %1</source>
        <translation>die Ableitungsordnung muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>there is no column &apos;%1&apos;; the columns are %2 (give a header name or a 1-based index)</source>
        <translation>es gibt keine Spalte &apos;%1&apos;; die Spalten sind %2 (geben Sie einen Kopfzeilennamen oder einen 1-basierten Index an)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x; the columns are %1</source>
        <translation>außer x gibt es keine numerische Spalte zum Ableiten; die Spalten sind %1</translation>
    </message>
    <message>
        <source>malformed .npy header at byte %1: %3. The header reads: %2</source>
        <translation>fehlerhafter .npy-Kopf bei Byte %1: %3. Der Kopf lautet: %2</translation>
    </message>
    <message>
        <source>expected the header to start with &apos;{&apos;</source>
        <translation>der Kopf sollte mit &apos;{&apos; beginnen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>nach einem Wert wird &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>unerwarteter Text nach der schließenden &apos;}&apos;</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>der Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>ein Schlüssel in Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;; an .npy header has exactly the keys &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;</source>
        <translation>unerwarteter Schlüssel &apos;%1&apos;; ein .npy-Kopf hat genau die Schlüssel &apos;descr&apos;, &apos;fortran_order&apos; und &apos;shape&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>nach dem Schlüssel &apos;%1&apos; wird &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected the dtype, e.g. &apos;&lt;f8&apos;, in quotes</source>
        <translation>der Datentyp wird in Anführungszeichen erwartet, z. B. &apos;&lt;f8&apos;</translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; must be True or False, not &apos;%1&apos;</source>
        <translation>&apos;fortran_order&apos; muss True oder False sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;shape&apos; must be a tuple such as (3, 4), not a list</source>
        <translation>&apos;shape&apos; muss ein Tupel wie (3, 4) sein, keine Liste</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; to start the shape tuple</source>
        <translation>&apos;(&apos; wird als Beginn des Form-Tupels erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>in der Form wird &apos;,&apos; oder &apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>the shape (%1) is not a tuple; numpy writes a one-dimensional shape as (%1,)</source>
        <translation>die Form (%1) ist kein Tupel; numpy schreibt eine eindimensionale Form als (%1,)</translation>
    </message>
    <message>
        <source>a dimension of the shape is negative</source>
        <translation>eine Dimension der Form ist negativ</translation>
    </message>
    <message>
        <source>a dimension of the shape is too large</source>
        <translation>eine Dimension der Form ist zu groß</translation>
    </message>
    <message>
        <source>expected a non-negative integer in the shape, found &apos;%1&apos;</source>
        <translation>in der Form wird eine nicht negative ganze Zahl erwartet, gefunden wurde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unsupported dtype: a structured (record) dtype with named fields; Tangent reads plain arrays of %1. Save one field instead, e.g. np.save(path, array[&apos;x&apos;])</source>
        <translation>nicht unterstützter Datentyp: ein strukturierter (Datensatz-)Typ mit benannten Feldern; Tangent liest einfache Arrays vom Typ %1. Speichern Sie stattdessen ein Feld, z. B. np.save(path, array[&apos;x&apos;])</translation>
    </message>
    <message>
        <source>float64 (f8), float32 (f4), signed integers (i1, i2, i4, i8) and unsigned integers (u1, u2, u4, u8), little or big endian</source>
        <translation>float64 (f8), float32 (f4), vorzeichenbehaftete Ganzzahlen (i1, i2, i4, i8) und vorzeichenlose Ganzzahlen (u1, u2, u4, u8), Little oder Big Endian</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos;; Tangent reads %2. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>nicht unterstützter Datentyp &apos;%1&apos;; Tangent liest %2. Wandeln Sie das Array zuerst um, z. B. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos; (%2); Tangent reads %3. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>nicht unterstützter Datentyp &apos;%1&apos; (%2); Tangent liest %3. Wandeln Sie das Array zuerst um, z. B. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16 (halbe Genauigkeit)</translation>
    </message>
    <message>
        <source>a floating-point size other than 4 or 8 bytes</source>
        <translation>eine Gleitkommagröße außer 4 oder 8 Bytes</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>komplex</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>Wahrheitswerte (bool)</translation>
    </message>
    <message>
        <source>Python objects, stored with pickle</source>
        <translation>Python-Objekte, mit pickle gespeichert</translation>
    </message>
    <message>
        <source>Unicode strings</source>
        <translation>Unicode-Zeichenketten</translation>
    </message>
    <message>
        <source>byte strings</source>
        <translation>Byte-Zeichenketten</translation>
    </message>
    <message>
        <source>datetime64</source>
        <translation>Zeitpunkte (datetime64)</translation>
    </message>
    <message>
        <source>timedelta64</source>
        <translation>Zeitspannen (timedelta64)</translation>
    </message>
    <message>
        <source>raw bytes</source>
        <translation>Rohbytes</translation>
    </message>
    <message>
        <source>an integer size other than 1, 2, 4 or 8 bytes</source>
        <translation>eine Ganzzahlgröße außer 1, 2, 4 oder 8 Bytes</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, before the format version</source>
        <translation>abgeschnittene .npy-Datei: sie endet nach %1 Bytes, vor der Formatversion</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, inside the header length at byte 8</source>
        <translation>abgeschnittene .npy-Datei: sie endet nach %1 Bytes, in der Kopflänge bei Byte 8</translation>
    </message>
    <message>
        <source>the shape %1 of %2 is too large</source>
        <translation>die Form %1 von %2 ist zu groß</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>die Datei kann nicht gelesen werden: sie ist ein Ordner</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>ihr Lesen</translation>
    </message>
    <message>
        <source>its about %1 rows of 1 column</source>
        <translation>ihre etwa %1 Zeilen zu 1 Spalte</translation>
    </message>
    <message>
        <source>its about %1 rows of %2 columns</source>
        <translation>ihre etwa %1 Zeilen zu %2 Spalten</translation>
    </message>
    <message>
        <source>the text of its %1 text columns</source>
        <translation>der Text ihrer %1 Textspalten</translation>
    </message>
    <message>
        <source>its %1 values of shape %2</source>
        <translation>ihre %1 Werte der Form %2</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>Blatt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; spans %2 rows of %3 columns, more than the %4 cells Tangent reads</source>
        <translation>Blatt &apos;%1&apos; umfasst %2 Zeilen zu %3 Spalten, mehr als die %4 Zellen, die Tangent liest</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has a cell at row %2, column %3, beyond the %4 rows and %5 columns a sheet can have</source>
        <translation>Blatt &apos;%1&apos; hat eine Zelle in Zeile %2, Spalte %3, jenseits der %4 Zeilen und %5 Spalten, die ein Blatt haben kann</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has more than %2 cells, more than Tangent reads</source>
        <translation>Blatt &apos;%1&apos; hat mehr als %2 Zellen, mehr als Tangent liest</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</source>
        <translation>Blatt &apos;%1&apos;: &apos;%2&apos; ist kein Zellbezug</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: %2</source>
        <translation>Blatt &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>gemeinsame Zeichenkette %1 existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date</source>
        <translation>&apos;%1&apos; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a date Tangent can show</source>
        <translation>%1 ist kein Datum, das Tangent anzeigen kann</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: its part %2 is missing</source>
        <translation>Blatt &apos;%1&apos;: sein Teil %2 fehlt</translation>
    </message>
    <message>
        <source>out of memory reading the workbook&apos;s part %1</source>
        <translation>kein Speicher mehr beim Lesen des Arbeitsmappenteils %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 has a document type declaration, which workbooks never have</source>
        <translation>der Arbeitsmappenteil %1 hat eine Dokumenttypdeklaration, die Arbeitsmappen nie haben</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is not well-formed XML (line %2): %3</source>
        <translation>der Arbeitsmappenteil %1 ist kein wohlgeformtes XML (Zeile %2): %3</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>die Arbeitsmappe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the workbook&apos;s zip archive: %1</source>
        <translation>das Zip-Archiv der Arbeitsmappe kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>der Arbeitsmappenteil %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is encrypted; save it without a password</source>
        <translation>der Arbeitsmappenteil %1 ist verschlüsselt; speichern Sie ihn ohne Passwort</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 declares %2 uncompressed, over the limit of %3 (a zip bomb, or a sheet too big to read)</source>
        <translation>der Arbeitsmappenteil %1 gibt %2 unkomprimiert an, über der Grenze von %3 (eine Zip-Bombe oder ein zu großes Blatt)</translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s part %1: %2</source>
        <translation>der Arbeitsmappenteil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged: %2</source>
        <translation>der Arbeitsmappenteil %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is shorter than it declares</source>
        <translation>der Arbeitsmappenteil %1 ist kürzer als angegeben</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is longer than it declares</source>
        <translation>der Arbeitsmappenteil %1 ist länger als angegeben</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the workbook</source>
        <translation>für die Arbeitsmappe kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: out of memory</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot reopen the workbook written</source>
        <translation>die geschriebene Arbeitsmappe kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>its sheet is missing</source>
        <translation>ihr Blatt fehlt</translation>
    </message>
    <message>
        <source>its sheet cannot be read back</source>
        <translation>ihr Blatt kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>its sheet does not hold the numbers written</source>
        <translation>ihr Blatt enthält nicht die geschriebenen Zahlen</translation>
    </message>
    <message>
        <source>the result has %1 rows; a worksheet holds %2 below its header (write CSV instead)</source>
        <translation>das Ergebnis hat %1 Zeilen; ein Arbeitsblatt fasst %2 unter seiner Kopfzeile (schreiben Sie stattdessen CSV)</translation>
    </message>
    <message>
        <source>the result has %1 columns; a worksheet holds %2 (write CSV instead)</source>
        <translation>das Ergebnis hat %1 Spalten; ein Arbeitsblatt fasst %2 (schreiben Sie stattdessen CSV)</translation>
    </message>
    <message>
        <source>%1 expects a number, not &apos;%2&apos;</source>
        <translation>%1 erwartet eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not &apos;%2&apos;</source>
        <translation>%1 erwartet eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a finite number above 0, not &apos;%1&apos;</source>
        <translation>--noise-sd erwartet eine endliche Zahl über 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas, not &apos;%1&apos;</source>
        <translation>--noise-sd erwartet eine Zahl oder durch Kommas getrennte Paare SPALTE=S, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd gives column &apos;%1&apos; twice</source>
        <translation>--noise-sd nennt die Spalte &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas</source>
        <translation>--noise-sd erwartet eine Zahl oder durch Kommas getrennte Paare SPALTE=S</translation>
    </message>
    <message>
        <source>--x expects a column name or 1-based index</source>
        <translation>--x erwartet einen Spaltennamen oder 1-basierten Index</translation>
    </message>
    <message>
        <source>--y expects one or more column names or 1-based indexes, separated by commas</source>
        <translation>--y erwartet einen oder mehrere Spaltennamen oder 1-basierte Indizes, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>--time-unit expects s, min, h, d or y, not &apos;%1&apos;</source>
        <translation>--time-unit erwartet s, min, h, d oder y, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--group expects a column name or 1-based index</source>
        <translation>--group erwartet einen Spaltennamen oder 1-basierten Index</translation>
    </message>
    <message>
        <source>--edge-order must be 1 or 2, not %1</source>
        <translation>--edge-order muss 1 oder 2 sein, nicht %1</translation>
    </message>
    <message>
        <source>--method expects numpy, savgol, spline, tvr, kalman or auto, not &apos;%1&apos;</source>
        <translation>--method erwartet numpy, savgol, spline, tvr, kalman oder auto, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recipe option (see tangent-cli --help)</source>
        <translation>&apos;%1&apos; ist keine Rezeptoption (siehe tangent-cli --help)</translation>
    </message>
    <message>
        <source>%2 at position %1</source>
        <translation>%2 an Position %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;</source>
        <translation>&apos;)&apos; fehlt</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>unerwartetes Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (the variable is x; functions include sin, cos, exp, ln, sqrt, abs)</source>
        <translation>unbekannter Name &apos;%1&apos; (die Variable ist x; Funktionen sind u. a. sin, cos, exp, ln, sqrt, abs)</translation>
    </message>
    <message>
        <source>unexpected operator &apos;%1&apos;</source>
        <translation>unerwarteter Operator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected number &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>unerwartete Zahl &apos;%1&apos; (fehlt davor ein Operator?)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (is an operator missing before it? write 3*x, not 3x)</source>
        <translation>unerwartetes &apos;%1&apos; (fehlt davor ein Operator? schreiben Sie 3*x, nicht 3x)</translation>
    </message>
    <message>
        <source>unexpected function &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>unerwartete Funktion &apos;%1&apos; (fehlt davor ein Operator?)</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos;</source>
        <translation>unerwartetes &apos;,&apos;</translation>
    </message>
    <message>
        <source>too many arguments for &apos;%1&apos;</source>
        <translation>zu viele Argumente für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>too few arguments for &apos;%1&apos;</source>
        <translation>zu wenige Argumente für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>cannot read the expression: %1</source>
        <translation>der Ausdruck kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos; at position %1 (give one expression; min(a, b) and max(a, b) take commas)</source>
        <translation>unerwartetes &apos;,&apos; an Position %1 (geben Sie einen Ausdruck an; min(a, b) und max(a, b) nehmen Kommas)</translation>
    </message>
    <message>
        <source>at least 2 points are needed, not %1</source>
        <translation>mindestens 2 Punkte werden gebraucht, nicht %1</translation>
    </message>
    <message>
        <source>the range must be finite with from &lt; to</source>
        <translation>der Bereich muss endlich sein, mit von &lt; bis</translation>
    </message>
    <message>
        <source>jitter must be at least 0 and below 1 (a fraction of the step)</source>
        <translation>der Jitter muss mindestens 0 und unter 1 sein (ein Bruchteil des Schritts)</translation>
    </message>
    <message>
        <source>noise must be a standard deviation of 0 or more</source>
        <translation>das Rauschen muss eine Standardabweichung von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>a convergence study needs at least 3 points per run, not %1</source>
        <translation>eine Konvergenzstudie braucht mindestens 3 Punkte pro Lauf, nicht %1</translation>
    </message>
    <message>
        <source>cannot create a file in its folder: %1</source>
        <translation>in ihrem Ordner kann keine Datei angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in its folder</source>
        <translation>in ihrem Ordner kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>auf die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot open the file for writing: %1</source>
        <translation>die Datei kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>--noise-sd names column &apos;%1&apos;, which is not differentiated; the columns differentiated are %2</source>
        <translation>--noise-sd nennt die Spalte &apos;%1&apos;, die nicht abgeleitet wird; abgeleitet werden die Spalten %2</translation>
    </message>
    <message>
        <source>--explain shows first derivatives only; --order %1 cannot be explained (drop --order, or use --order 1)</source>
        <translation>--explain zeigt nur erste Ableitungen; --order %1 kann nicht erklärt werden (lassen Sie --order weg oder verwenden Sie --order 1)</translation>
    </message>
    <message>
        <source>computing --method %1 in memory</source>
        <translation>die Berechnung mit --method %1 im Speicher</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Platz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Dateisystem ist nur lesbar</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Zu viele offene Dateien im System</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherplatzkontingent überschritten</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Speicher kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 PB</translation>
    </message>
    <message>
        <source>%1 EB</source>
        <translation>%1 EB</translation>
    </message>
    <message>
        <source>Not a zip archive</source>
        <translation>Kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>Zip archive inconsistent</source>
        <translation>ZIP-Archiv ist inkonsistent</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC-Fehler</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Premature end of file</source>
        <translation>Vorzeitiges Dateiende</translation>
    </message>
    <message>
        <source>Compression method not supported</source>
        <translation>Kompressionsverfahren nicht unterstützt</translation>
    </message>
    <message>
        <source>Encryption method not supported</source>
        <translation>Verschlüsselungsverfahren nicht unterstützt</translation>
    </message>
    <message>
        <source>Compressed data invalid</source>
        <translation>Komprimierte Daten ungültig</translation>
    </message>
    <message>
        <source>Malloc failure</source>
        <translation>Speicherzuweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>Seek error: %1</source>
        <translation>Positionierungsfehler: %1</translation>
    </message>
    <message>
        <source>Write error: %1</source>
        <translation>Schreibfehler: %1</translation>
    </message>
    <message>
        <source>Can&apos;t open file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Failure to create temporary file: %1</source>
        <translation>Temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Renaming temporary file failed: %1</source>
        <translation>Umbenennen der temporären Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Closing zip archive failed: %1</source>
        <translation>Schließen des ZIP-Archivs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>kein Element gefunden</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>nicht wohlgeformt (ungültiges Token)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>nicht geschlossenes Token</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>unvollständiges Zeichen</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>nicht passendes Tag</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>doppeltes Attribut</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>Zeichen nach dem Dokumentelement</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>undefinierte Entität</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>nicht geschlossener CDATA-Abschnitt</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>Verweis auf ungültige Zeichennummer</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>ungebundenes Präfix</translation>
    </message>
    <message>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>die in der XML-Deklaration angegebene Kodierung ist falsch</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>unbekannte Kodierung</translation>
    </message>
    <message>
        <source>Memory error, failed to malloc() required memory.</source>
        <translation>Speicherfehler: der benötigte Speicher konnte nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Error creating output xlsx file. Usually a permissions error.</source>
        <translation>Fehler beim Anlegen der xlsx-Ausgabedatei, meist fehlende Berechtigung.</translation>
    </message>
    <message>
        <source>Error encountered when creating a tmpfile during file assembly.</source>
        <translation>Fehler beim Anlegen einer temporären Datei beim Zusammenstellen der Datei.</translation>
    </message>
    <message>
        <source>Error reading a tmpfile.</source>
        <translation>Fehler beim Lesen einer temporären Datei.</translation>
    </message>
    <message>
        <source>Zip generic error ZIP_ERRNO while creating the xlsx file.</source>
        <translation>Allgemeiner ZIP-Fehler (ZIP_ERRNO) beim Anlegen der xlsx-Datei.</translation>
    </message>
    <message>
        <source>File error or unknown zip error when adding sub file to xlsx file.</source>
        <translation>Dateifehler oder unbekannter ZIP-Fehler beim Hinzufügen einer Teildatei zur xlsx-Datei.</translation>
    </message>
    <message>
        <source>Unknown zip error when closing xlsx file.</source>
        <translation>Unbekannter ZIP-Fehler beim Schließen der xlsx-Datei.</translation>
    </message>
    <message>
        <source>text in quotes is not a number; write the expression with numbers and x</source>
        <translation>Text in Anführungszeichen ist keine Zahl; schreiben Sie den Ausdruck mit Zahlen und x</translation>
    </message>
    <message>
        <source>the text in quotes is never closed, and quotes have no place here</source>
        <translation>der Text in Anführungszeichen wird nie geschlossen, und Anführungszeichen haben hier keinen Platz</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&apos;?&apos; needs &apos;:&apos; and a value for the other case, as in x &gt; 0 ? x : 0</source>
        <translation>„?“ braucht „:“ und einen Wert für den anderen Fall, wie in x &gt; 0 ? x : 0</translation>
    </message>
    <message>
        <source>&apos;:&apos; without a &apos;?&apos; before it</source>
        <translation>„:“ ohne ein „?“ davor</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>a function is used outside its domain (such as sqrt(-1) or ln(0))</source>
        <translation>eine Funktion wird außerhalb ihres Definitionsbereichs verwendet (etwa sqrt(-1) oder ln(0))</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>ein Name ist zu lang</translation>
    </message>
    <message>
        <source>the expression is too long</source>
        <translation>der Ausdruck ist zu lang</translation>
    </message>
    <message>
        <source>the expression holds characters that cannot be read (control characters)</source>
        <translation>der Ausdruck enthält Zeichen, die nicht gelesen werden können (Steuerzeichen)</translation>
    </message>
    <message>
        <source>the expression needs too many computations</source>
        <translation>der Ausdruck erfordert zu viele Berechnungen</translation>
    </message>
    <message>
        <source>standard input (-) cannot be one of several inputs</source>
        <translation>die Standardeingabe (-) kann nicht eine von mehreren Eingaben sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; would both be written to &apos;%3&apos;; give them different names or run them separately</source>
        <translation>„%1“ und „%2“ würden beide nach „%3“ geschrieben; geben Sie ihnen verschiedene Namen oder führen Sie sie getrennt aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be replaced by its own result; choose another output folder</source>
        <translation>„%1“ würde durch sein eigenes Ergebnis ersetzt; wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>der Ausgabeordner „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>eine Datei dieses Namens steht im Weg</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method %3</source>
        <translation>%1 gehört zu --method %2, nicht zu --method %3</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method auto (auto chooses the method and its parameters itself)</source>
        <translation>%1 gehört zu --method %2, nicht zu --method auto (auto wählt die Methode und ihre Parameter selbst)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a text column: if the file holds one series per %1, one after another (long format), differentiate each on its own rows with %2</source>
        <translation>&apos;%1&apos; ist eine Textspalte: Enthält die Datei je %1 eine eigene Reihe, eine nach der anderen (Langformat), leiten Sie jede auf ihren eigenen Zeilen ab, mit %2</translation>
    </message>
</context>
<context>
    <name>DerivativeCommand</name>
    <message>
        <source>Write the derivative CSV that File &gt; Export Derivative CSV writes to FILE, without showing a window, then quit; with several files, or a FOLDER/, export each as Export Derivatives of Several Files does and print its summary.</source>
        <translation>Die Ableitungs-CSV, die Datei &gt; Ableitung als CSV exportieren schreibt, ohne Fenster in DATEI schreiben und beenden; bei mehreren Dateien oder einem ORDNER/ jede wie „Ableitungen mehrerer Dateien exportieren“ exportieren und deren Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>--export-derivatives: name the FILE to differentiate</source>
        <translation>--export-derivatives: nennen Sie die DATEI, die abgeleitet werden soll</translation>
    </message>
    <message numerus="yes">
        <source>--export-derivatives: %n files need a FOLDER/ for their results, not &apos;%1&apos;</source>
        <translation>
            <numerusform>--export-derivatives: %n Datei braucht einen ORDNER/ für ihr Ergebnis, nicht „%1“</numerusform>
            <numerusform>--export-derivatives: %n Dateien brauchen einen ORDNER/ für ihre Ergebnisse, nicht „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>there is nothing to differentiate</source>
        <translation>es gibt nichts abzuleiten</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>EquivalentCall</name>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>The window is chosen when the derivative is computed.</source>
        <translation>Das Fenster wird bei der Berechnung der Ableitung gewählt.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of every window; scipy&apos;s savgol_filter would spread them.</source>
        <translation>Die Spalte hat Lücken, die Tangent aus jedem Fenster auslässt; savgol_filter von scipy würde sie verschmieren.</translation>
    </message>
    <message>
        <source>x is not evenly spaced: Tangent fits each window in the actual x, which scipy&apos;s savgol_filter (uniform spacing only) cannot.</source>
        <translation>x ist nicht gleichmäßig verteilt: Tangent passt jedes Fenster im tatsächlichen x an, was savgol_filter von scipy (nur gleichmäßige Abstände) nicht kann.</translation>
    </message>
    <message>
        <source>λ is chosen when the derivative is computed.</source>
        <translation>λ wird bei der Berechnung der Ableitung gewählt.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of the fit; scipy&apos;s make_smoothing_spline refuses them.</source>
        <translation>Die Spalte hat Lücken, die Tangent bei der Anpassung auslässt; make_smoothing_spline von scipy lehnt sie ab.</translation>
    </message>
    <message>
        <source>scipy has no equivalent of this method.</source>
        <translation>scipy hat keine Entsprechung für dieses Verfahren.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>cⱼ</source>
        <translation>cⱼ</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>cⱼ·y</source>
        <translation>cⱼ·y</translation>
    </message>
    <message>
        <source>… %1 more weights …</source>
        <translation>… %1 weitere Gewichte …</translation>
    </message>
    <message>
        <source>Row %1 is a gap: it takes no part in any window, and its value is interpolated between its neighbours&apos; (docs/smoothing.md, &quot;Gaps&quot;).</source>
        <translation>Zeile %1 ist eine Lücke: Sie gehört zu keinem Fenster, und ihr Wert wird zwischen den Werten ihrer Nachbarn interpoliert (docs/smoothing.md, „Gaps“).</translation>
    </message>
    <message>
        <source>Above %L1 rows the weights are shown for columns without gaps.</source>
        <translation>Ab %L1 Zeilen werden die Gewichte für Spalten ohne Lücken gezeigt.</translation>
    </message>
    <message>
        <source>Row %1 · index i = %2 · %3</source>
        <translation>Zeile %1 · Index i = %2 · %3</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>f′[i] = Σ cⱼ · y[i+j]</source>
        <translation>f′[i] = Σ cⱼ · y[i+j]</translation>
    </message>
    <message>
        <source>The weights at this row</source>
        <translation>Die Gewichte in dieser Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The same with tangent-cli</source>
        <translation>Dasselbe mit tangent-cli</translation>
    </message>
    <message>
        <source>The same in Python</source>
        <translation>Dasselbe in Python</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Zeile %1 (i = %2): %3</translation>
    </message>
    <message>
        <source>derivative = %1</source>
        <translation>Ableitung = %1</translation>
    </message>
    <message>
        <source>numpy&apos;s value here is a weighted sum of y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>Der Wert von numpy ist hier eine gewichtete Summe von y-Werten. Rauschen mit der Standardabweichung σ auf jedem y, unabhängig von Zeile zu Zeile, gibt ihm die Standardabweichung σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>Savitzky–Golay&apos;s value here is a weighted sum of the window&apos;s y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>Der Wert von Savitzky–Golay ist hier eine gewichtete Summe der y-Werte des Fensters. Rauschen mit der Standardabweichung σ auf jedem y, unabhängig von Zeile zu Zeile, gibt ihm die Standardabweichung σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>The smoothing spline at the chosen λ is linear in y too: its band is the standard deviation the noise σ gives its derivative through the spline, computed along the whole curve at once (Wahba&apos;s Bayesian posterior, about twice as wide inside, is not what is shaded).</source>
        <translation>Der Glättungsspline ist beim gewählten λ ebenfalls linear in y: sein Band ist die Standardabweichung, die das Rauschen σ seiner Ableitung durch den Spline gibt, auf einmal für die ganze Kurve berechnet (Wahbas bayessche A-posteriori-Verteilung, innen etwa doppelt so breit, ist nicht das, was schattiert ist).</translation>
    </message>
    <message>
        <source>The Kalman smoother carries how uncertain each state is: the band is the smoothed variance of its derivative state, from the noise σ and the process noise the ratio sets.</source>
        <translation>Der Kalman-Glätter führt mit, wie unsicher jeder Zustand ist: das Band ist die geglättete Varianz seines Ableitungszustands, aus dem Rauschen σ und dem Prozessrauschen, das das Verhältnis festlegt.</translation>
    </message>
    <message>
        <source>Uncertainty band</source>
        <translation>Unsicherheitsband</translation>
    </message>
    <message>
        <source>Noise on y (estimated from the data)</source>
        <translation>Rauschen auf y (aus den Daten geschätzt)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>95% band (value ± 1.96 sd)</source>
        <translation>95-%-Band (Wert ± 1,96 sd)</translation>
    </message>
</context>
<context>
    <name>FigureCommand</name>
    <message>
        <source>Write the chart&apos;s whole figure to FILE (.png, .svg or .pdf) without showing a window, then quit. --size sets its size (WxH in pixels, or with cm, mm or in).</source>
        <translation>Die ganze Abbildung des Diagramms ohne Fenster in FILE (.png, .svg oder .pdf) schreiben und beenden. --size legt ihre Größe fest (WxH in Pixeln oder mit cm, mm oder in).</translation>
    </message>
    <message>
        <source>--export-figure: dots per inch (default 96), for sizes in cm or in and for the page size.</source>
        <translation>--export-figure: Punkte pro Zoll (Standard 96), für Größen in cm oder in und für die Seitengröße.</translation>
    </message>
    <message>
        <source>--export-figure: light (default) or dark.</source>
        <translation>--export-figure: light (hell, Standard) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>--export-figure: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>--export-figure: „%1“ muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>--dpi: &apos;%1&apos; is not a number</source>
        <translation>--dpi: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--theme: use light or dark, not &apos;%1&apos;</source>
        <translation>--theme: light oder dark verwenden, nicht „%1“</translation>
    </message>
    <message>
        <source>--export-figure: name one file, not %1</source>
        <translation>--export-figure: eine Datei angeben, nicht %1</translation>
    </message>
    <message>
        <source>--export-figure: name the FILE to draw (or a --sample or a --function-lab)</source>
        <translation>--export-figure: die zu zeichnende Datei FILE angeben (oder ein --sample oder ein --function-lab)</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>es gibt nichts zu zeichnen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>Tangent figure</source>
        <translation>Tangent-Abbildung</translation>
    </message>
    <message>
        <source>The figure could not be drawn.</source>
        <translation>Die Abbildung konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>FigureSpec</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation>Die Auflösung muss zwischen %1 und %2 DPI liegen, nicht %3.</translation>
    </message>
    <message>
        <source>The figure must be at least 16 pixels wide and high, not %1×%2.</source>
        <translation>Die Abbildung muss mindestens 16 Pixel breit und hoch sein, nicht %1×%2.</translation>
    </message>
    <message>
        <source>The figure must be at most %1 pixels wide and high, not %2×%3.</source>
        <translation>Die Abbildung darf höchstens %1 Pixel breit und hoch sein, nicht %2×%3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size: use WxH in pixels (1600x900), or with cm, mm or in (17x10cm).</source>
        <translation>„%1“ ist keine Größe: WxH in Pixeln (1600x900) oder mit cm, mm oder in (17x10cm) verwenden.</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>Savitzky–Golay fits a polynomial of order %1 by least squares to the %2 rows around each row and differentiates it there. That is a fixed weighted sum of the rows&apos; y values, shown below.</source>
        <translation>Savitzky–Golay passt in den %2 Zeilen um jede Zeile ein Polynom der Ordnung %1 nach der Methode der kleinsten Quadrate an und leitet es dort ab. Das ist eine feste gewichtete Summe der y-Werte der Zeilen, unten gezeigt.</translation>
    </message>
    <message>
        <source>The window was chosen by generalised cross-validation of the smoothed curve: the widest window whose score is within one standard error of the best.</source>
        <translation>Das Fenster wurde durch verallgemeinerte Kreuzvalidierung der geglätteten Kurve gewählt: das breiteste Fenster, dessen Wert höchstens einen Standardfehler vom besten entfernt ist.</translation>
    </message>
    <message>
        <source>The window was set by hand.</source>
        <translation>Das Fenster wurde von Hand festgelegt.</translation>
    </message>
    <message>
        <source>The smoothing spline is the natural cubic spline f that minimises Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx: the first sum keeps f near the data, the integral penalises its curvature. Its derivative is taken at the data&apos;s x. Here λ = %1.</source>
        <translation>Der Glättungsspline ist der natürliche kubische Spline f, der Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx minimiert: Die erste Summe hält f nahe an den Daten, das Integral bestraft seine Krümmung. Seine Ableitung wird an den x-Werten der Daten genommen. Hier ist λ = %1.</translation>
    </message>
    <message>
        <source>λ was chosen by generalised cross-validation, which estimates how well f would predict a left-out sample.</source>
        <translation>λ wurde durch verallgemeinerte Kreuzvalidierung gewählt, die schätzt, wie gut f einen ausgelassenen Abtastwert vorhersagen würde.</translation>
    </message>
    <message>
        <source>λ was set by hand; a larger λ gives a smoother f.</source>
        <translation>λ wurde von Hand festgelegt; ein größeres λ ergibt ein glatteres f.</translation>
    </message>
    <message>
        <source>Total-variation regularisation (Chartrand 2011) looks for the derivative u itself: it minimises α∫|u′| + ½∫(∫u − y)². Integrated, u must reproduce the data; the total variation ∫|u′| keeps u flat except where a jump pays for itself, so a kink in y stays a sharp step in u. Here α = %1, solved by %2 lagged-diffusivity iterations.</source>
        <translation>Die Totalvariations-Regularisierung (Chartrand 2011) sucht direkt die Ableitung u: Sie minimiert α∫|u′| + ½∫(∫u − y)². Integriert muss u die Daten wiedergeben; die Totalvariation ∫|u′| hält u flach, außer wo sich ein Sprung lohnt, sodass ein Knick in y eine scharfe Stufe in u bleibt. Hier ist α = %1, gelöst mit %2 Iterationen mit verzögerter Diffusivität (lagged diffusivity).</translation>
    </message>
    <message>
        <source>α was chosen by two-fold cross-validation (fit the even rows and predict the odd ones, then the other way round), the best α times 1.5, which suits the derivative better than the curve&apos;s own best.</source>
        <translation>α wurde durch zweifache Kreuzvalidierung gewählt (die geraden Zeilen anpassen und die ungeraden vorhersagen, dann umgekehrt): das beste α mal 1,5, was besser zur Ableitung passt als das beste α für die Kurve selbst.</translation>
    </message>
    <message>
        <source>α was set by hand; a larger α gives fewer, larger steps.</source>
        <translation>α wurde von Hand festgelegt; ein größeres α ergibt weniger, aber größere Stufen.</translation>
    </message>
    <message>
        <source>The Kalman smoother models y, y′ and y″ as a motion with constant acceleration disturbed by a random jerk of variance q, measured with noise of variance r. A forward filter and a backward (Rauch–Tung–Striebel) pass give the most probable y′ at every row given all the data. The one parameter is log10(q/r) = %1: larger lets the curve bend more and follow the data more closely.</source>
        <translation>Der Kalman-Glätter modelliert y, y′ und y″ als Bewegung mit konstanter Beschleunigung, gestört durch einen zufälligen Ruck der Varianz q und gemessen mit Rauschen der Varianz r. Ein Vorwärtsfilter und ein Rückwärtsdurchlauf (Rauch–Tung–Striebel) ergeben in jeder Zeile das wahrscheinlichste y′ angesichts aller Daten. Der einzige Parameter ist log10(q/r) = %1: Größere Werte lassen die Kurve stärker krümmen und den Daten enger folgen.</translation>
    </message>
    <message>
        <source>It was chosen by maximum likelihood of the data, then lowered by 0.75 decade, which suits the derivative better than the curve.</source>
        <translation>Er wurde nach der Maximum-Likelihood der Daten gewählt und dann um 0,75 Dekaden gesenkt, was besser zur Ableitung passt als zur Kurve.</translation>
    </message>
    <message>
        <source>It was set by hand.</source>
        <translation>Er wurde von Hand festgelegt.</translation>
    </message>
    <message>
        <source>Automatic chose %1 for this column: each candidate fitted the even rows and predicted the odd ones (and the other way round), and the best predictor won, near-ties going to Savitzky–Golay, then Kalman, total variation and the spline.</source>
        <translation>Automatisch hat für diese Spalte %1 gewählt: Jeder Kandidat wurde an die geraden Zeilen angepasst und hat die ungeraden vorhergesagt (und umgekehrt), und der beste Vorhersager hat gewonnen; bei knappen Ergebnissen geht der Vorzug an Savitzky–Golay, dann Kalman, Totalvariation und den Spline.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Choose a y column to compare.</source>
        <translation>Wählen Sie eine y-Spalte zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 is not a number column.</source>
        <translation>%1 ist keine Zahlenspalte.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read this file</source>
        <translation>%1: Es ist nicht genug Speicher vorhanden, um diese Datei zu lesen</translation>
    </message>
    <message>
        <source>%1: there is no column named &apos;%2&apos; (%3 of the current table)</source>
        <translation>%1: Es gibt keine Spalte namens „%2“ (%3 der aktuellen Tabelle)</translation>
    </message>
    <message>
        <source>the x column</source>
        <translation>die x-Spalte</translation>
    </message>
    <message>
        <source>a y column</source>
        <translation>eine y-Spalte</translation>
    </message>
    <message>
        <source>the group column</source>
        <translation>die Gruppenspalte</translation>
    </message>
    <message>
        <source>%1: a .npy array; tangent-cli exports those (as .npy), this export writes CSV</source>
        <translation>%1: ein .npy-Array; tangent-cli exportiert diese (als .npy), dieser Export schreibt CSV</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is tangent-cli&apos;s: the window does not take it (run tangent-cli FILE %1 for that table)</source>
        <translation>%1 gehört zu tangent-cli: das Fenster nimmt es nicht an (führen Sie für diese Tabelle tangent-cli DATEI %1 aus)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>in %1 kann keine Wiederherstellungsdatei gesperrt werden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
    </message>
    <message>
        <source>a list of names must hold only texts in quotes</source>
        <translation>eine Liste von Namen darf nur Texte in Anführungszeichen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>„%1“ muss ein Objekt { ... } sein</translation>
    </message>
    <message>
        <source>&quot;%1.kind&quot; is &quot;%2&quot;; it must be &quot;number&quot; or &quot;date&quot;</source>
        <translation>„%1.kind“ ist „%2“; es muss &quot;number&quot; oder &quot;date&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot; must be a list of numbers</source>
        <translation>„%1.values“ muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot;, row %2: not a number (numbers, null for a gap, &quot;inf&quot;, &quot;-inf&quot; or &quot;-0&quot;)</source>
        <translation>„%1.values“, Zeile %2: keine Zahl (Zahlen, null für eine Lücke, &quot;inf&quot;, &quot;-inf&quot; oder &quot;-0&quot;)</translation>
    </message>
    <message>
        <source>&quot;data.table&quot; must be a list of columns</source>
        <translation>„data.table“ muss eine Liste von Spalten sein</translation>
    </message>
    <message>
        <source>&quot;data.table&quot;: column %1 has %2 rows, column 1 has %3</source>
        <translation>„data.table“: Spalte %1 hat %2 Zeilen, Spalte 1 hat %3</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [low, high] with low &lt; high</source>
        <translation>„view.%1“ muss [low, high] mit low &lt; high sein</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [row, row]</source>
        <translation>„view.%1“ muss [row, row] sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>not a Tangent session: the file holds no JSON object { ... }</source>
        <translation>keine Tangent-Sitzung: Die Datei enthält kein JSON-Objekt { ... }</translation>
    </message>
    <message>
        <source>not a Tangent session: &quot;format&quot; must be &quot;tangent-session&quot;</source>
        <translation>keine Tangent-Sitzung: „format“ muss &quot;tangent-session&quot; sein</translation>
    </message>
    <message>
        <source>written by a newer Tangent (session format %1); this Tangent reads format %2 and older. Update Tangent to open it.</source>
        <translation>von einem neueren Tangent geschrieben (Sitzungsformat %1); dieses Tangent liest Format %2 und älter. Aktualisieren Sie Tangent, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a format version, 1 or more</source>
        <translation>„version“ muss eine Formatversion sein, 1 oder höher</translation>
    </message>
    <message>
        <source>the session names no data file and holds no table</source>
        <translation>die Sitzung nennt keine Datendatei und enthält keine Tabelle</translation>
    </message>
    <message>
        <source>&quot;settings.smoothing.method&quot; is &quot;%1&quot;, which is not a method of this Tangent (numpy, savgol, spline, tvr, kalman, auto)</source>
        <translation>„settings.smoothing.method“ ist „%1“, das ist kein Verfahren dieses Tangent (numpy, savgol, spline, tvr, kalman, auto)</translation>
    </message>
    <message>
        <source>&quot;settings.yColumns&quot; must be a list of column numbers, e.g. [1, 2]</source>
        <translation>„settings.yColumns“ muss eine Liste von Spaltennummern sein, z. B. [1, 2]</translation>
    </message>
    <message>
        <source>&quot;settings.timeUnit&quot; is &quot;%1&quot;; it must be s, min, h, d or yr</source>
        <translation>„settings.timeUnit“ ist „%1“; es muss s, min, h, d oder yr sein</translation>
    </message>
    <message>
        <source>&quot;settings.edgeOrder&quot; is %1; it must be 1 or 2</source>
        <translation>„settings.edgeOrder“ ist %1; es muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>&quot;settings.order&quot; is %1; it must be 1 or more</source>
        <translation>„settings.order“ ist %1; es muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>&quot;settings.dx&quot; must be a finite number other than 0</source>
        <translation>„settings.dx“ muss eine endliche Zahl ungleich 0 sein</translation>
    </message>
    <message numerus="yes">
        <source>the x column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>die x-Spalte ist Spalte %1, aber die Tabelle hat %n Spalte</numerusform>
            <numerusform>die x-Spalte ist Spalte %1, aber die Tabelle hat %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>y column %1 is chosen, but the table has %n column(s)</source>
        <translation>
            <numerusform>y-Spalte %1 ist gewählt, aber die Tabelle hat %n Spalte</numerusform>
            <numerusform>y-Spalte %1 ist gewählt, aber die Tabelle hat %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>die Gruppenspalte ist Spalte %1, aber die Tabelle hat %n Spalte</numerusform>
            <numerusform>die Gruppenspalte ist Spalte %1, aber die Tabelle hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;view.bandNoiseSd&quot; must map column indexes to numbers above 0</source>
        <translation>„view.bandNoiseSd“ muss Spaltenindizes Zahlen über 0 zuordnen</translation>
    </message>
</context>
<context>
    <name>StartupRecipe</name>
    <message>
        <source>x from column COL (header name or 1-based index), as in tangent-cli.</source>
        <translation>x aus Spalte COL (Name der Überschrift oder Index ab 1), wie in tangent-cli.</translation>
    </message>
    <message>
        <source>A uniform spacing H instead of an x column.</source>
        <translation>Ein gleichmäßiger Abstand H statt einer x-Spalte.</translation>
    </message>
    <message>
        <source>The columns to differentiate, comma-separated (default: every numeric column).</source>
        <translation>Die abzuleitenden Spalten, durch Kommas getrennt (Standard: jede numerische Spalte).</translation>
    </message>
    <message>
        <source>The unit a derivative over a date x is per (default d).</source>
        <translation>Die Zeiteinheit, auf die sich eine Ableitung über ein Datums-x bezieht (Standard d).</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of column COL on their own (the Derivative dock&apos;s Group by).</source>
        <translation>Daten im Langformat: die Zeilen jedes Werts der Spalte COL für sich ableiten (wie „Gruppieren nach“ im Bereich „Ableitung“).</translation>
    </message>
    <message>
        <source>numpy&apos;s edge order (default 1).</source>
        <translation>numpys Randordnung (Standard 1).</translation>
    </message>
    <message>
        <source>Derivative order (default 1).</source>
        <translation>Ordnung der Ableitung (Standard 1).</translation>
    </message>
    <message>
        <source>Derivative method: numpy (default, exactly numpy.gradient), savgol, spline, tvr, kalman or auto, as tangent-cli --method.</source>
        <translation>Ableitungsmethode: numpy (Standard, genau numpy.gradient), savgol, spline, tvr, kalman oder auto, wie tangent-cli --method.</translation>
    </message>
    <message>
        <source>savgol: odd window in points.</source>
        <translation>savgol: ungerades Fenster in Punkten.</translation>
    </message>
    <message>
        <source>savgol: polynomial order.</source>
        <translation>savgol: Ordnung des Polynoms.</translation>
    </message>
    <message>
        <source>spline: lambda &gt; 0.</source>
        <translation>spline: Lambda &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: alpha &gt; 0.</source>
        <translation>tvr: Alpha &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: iterations.</source>
        <translation>tvr: Iterationen.</translation>
    </message>
    <message>
        <source>kalman: log10(q/r).</source>
        <translation>kalman: log10(q/r).</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band, and export its sd columns, as --band.</source>
        <translation>Das 95-%-Unsicherheitsband jeder Ableitung schattieren und seine sd-Spalten exportieren, wie --band.</translation>
    </message>
    <message>
        <source>The band&apos;s noise level: S for every column, or COL=S for the columns named (the others estimated from the data), as View &gt; Band Noise Levels.</source>
        <translation>Das Rauschniveau des Bands: S für jede Spalte, oder COL=S für die genannten Spalten (die übrigen aus den Daten geschätzt), wie Ansicht &gt; Rauschniveaus des Bands.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the derivative of tabular data, computed as numpy.gradient.</source>
        <translation>Zeigt die Ableitung tabellarischer Daten, berechnet wie numpy.gradient.</translation>
    </message>
</context>
<context>
    <name>tangent::ui</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>numpy.gradient</source>
        <translation>numpy.gradient</translation>
    </message>
    <message>
        <source>Savitzky–Golay</source>
        <translation>Savitzky–Golay</translation>
    </message>
    <message>
        <source>smoothing spline</source>
        <translation>Glättungsspline</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>Totalvariation</translation>
    </message>
    <message>
        <source>Kalman smoother</source>
        <translation>Kalman-Glätter</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 λ=%2</source>
        <translation>%1 λ=%2</translation>
    </message>
    <message>
        <source>%1 α=%2</source>
        <translation>%1 α=%2</translation>
    </message>
    <message>
        <source>%1 log₁₀(q/r)=%2</source>
        <translation>%1 log₁₀(q/r)=%2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BandAction</name>
    <message>
        <source>Uncertaint&amp;y Band</source>
        <translation>Unsicherheits&amp;band</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Shade the 95% band (±1.96 sd) the noise gives each derivative value</source>
        <translation>Das 95-%-Band (±1,96 sd) schattieren, das das Rauschen jedem Ableitungswert gibt</translation>
    </message>
    <message>
        <source>No uncertainty band for &apos;%1&apos;: %2</source>
        <translation>Kein Unsicherheitsband für „%1“: %2</translation>
    </message>
    <message>
        <source>The shading is each derivative&apos;s 95% band: value ± 1.96 sd from the noise on y</source>
        <translation>Die Schattierung ist das 95-%-Band jeder Ableitung: Wert ± 1,96 sd aus dem Rauschen auf y</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BandNoiseDialog</name>
    <message>
        <source>Band Noise Levels</source>
        <translation>Rauschniveaus des Bands</translation>
    </message>
    <message>
        <source>The noise σ on each column that its uncertainty band propagates. Leave a field empty to estimate σ from the data.</source>
        <translation>Das Rauschen σ jeder Spalte, das ihr Unsicherheitsband fortpflanzt. Lassen Sie ein Feld leer, um σ aus den Daten zu schätzen.</translation>
    </message>
    <message>
        <source>estimated (about %1)</source>
        <translation>geschätzt (etwa %1)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>σ of &apos;%1&apos; must be a number above 0, or empty to estimate it</source>
        <translation>σ von „%1“ muss eine Zahl über 0 sein, oder leer, um es zu schätzen</translation>
    </message>
    <message>
        <source>Band &amp;Noise Levels…</source>
        <translation>Rausch&amp;niveaus des Bands…</translation>
    </message>
    <message>
        <source>Give the noise σ of a column for its uncertainty band instead of estimating it</source>
        <translation>Das Rauschen σ einer Spalte für ihr Unsicherheitsband angeben, statt es zu schätzen</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExport</name>
    <message>
        <source>An export is still running</source>
        <translation>Ein Export läuft noch</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExportDialog</name>
    <message>
        <source>Export Derivatives of Several Files</source>
        <translation>Ableitungen mehrerer Dateien exportieren</translation>
    </message>
    <message>
        <source>Files exported</source>
        <translation>Exportierte Dateien</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Cancelling after the file being read…</source>
        <translation>Abbruch nach der Datei, die gerade gelesen wird…</translation>
    </message>
    <message>
        <source>Files to differentiate</source>
        <translation>Abzuleitende Dateien</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt *.dat);;All files (*)</source>
        <translation>Textdateien mit Trennzeichen (*.csv *.tsv *.txt *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder for the derivative files</source>
        <translation>Ordner für die Ableitungsdateien</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing the derivative of %n file(s) into %1, computed as %2</source>
        <translation>
            <numerusform>Die Ableitung von %n Datei wird nach %1 geschrieben, berechnet als %2</numerusform>
            <numerusform>Die Ableitungen von %n Dateien werden nach %1 geschrieben, berechnet als %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) written to %2.</source>
        <translation>
            <numerusform>%1 von %n Datei nach %2 geschrieben.</numerusform>
            <numerusform>%1 von %n Dateien nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not started.</source>
        <translation>
            <numerusform>Abgebrochen: %n Datei nicht begonnen.</numerusform>
            <numerusform>Abgebrochen: %n Dateien nicht begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done, with problems.</source>
        <translation>Fertig, mit Problemen.</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    Warnung: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BusyBar</name>
    <message>
        <source>Computing</source>
        <translation>Berechnung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop computing and go back to the settings before this change</source>
        <translation>Die Berechnung abbrechen und zu den Einstellungen vor dieser Änderung zurückkehren</translation>
    </message>
    <message>
        <source>Computing %1 — the chart shows the previous result until it is done</source>
        <translation>%1 wird berechnet – das Diagramm zeigt bis dahin das vorherige Ergebnis</translation>
    </message>
    <message>
        <source>Computation cancelled: back to the previous settings (Redo computes it again)</source>
        <translation>Berechnung abgebrochen: zurück zu den vorherigen Einstellungen (Wiederholen berechnet sie erneut)</translation>
    </message>
    <message>
        <source>Computation cancelled: numpy.gradient is shown (Undo computes the method again)</source>
        <translation>Berechnung abgebrochen: numpy.gradient wird gezeigt (Rückgängig berechnet das Verfahren erneut)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartBand</name>
    <message>
        <source>%1 ± 0</source>
        <translation>%1 ± 0</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>± is the half-width of the 95% band (1.96 sd)</source>
        <translation>± ist die halbe Breite des 95-%-Bands (1,96 sd)</translation>
    </message>
    <message>
        <source>Shaded: 95% band of each derivative (±1.96 sd from the noise)</source>
        <translation>Schattiert: 95-%-Band jeder Ableitung (±1,96 sd aus dem Rauschen)</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95-%-Band</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartInteraction</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartOverlays</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Hervorgehobene Zeilen</translation>
    </message>
    <message>
        <source>Highlighted rows (derivative)</source>
        <translation>Hervorgehobene Zeilen (Ableitung)</translation>
    </message>
    <message>
        <source>Secant</source>
        <translation>Sekante</translation>
    </message>
    <message>
        <source>Tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <source>Secant points</source>
        <translation>Sekantenpunkte</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Tangent point</source>
        <translation>Tangentenpunkt</translation>
    </message>
    <message>
        <source>, t in %1</source>
        <translation>, t in %1</translation>
    </message>
    <message>
        <source>Row %1: a tangent needs the first derivative (order is %2)</source>
        <translation>Zeile %1: Eine Tangente braucht die erste Ableitung (die Ordnung ist %2)</translation>
    </message>
    <message>
        <source>Row %1: no derivative here, so no tangent</source>
        <translation>Zeile %1: Hier gibt es keine Ableitung, also keine Tangente</translation>
    </message>
    <message>
        <source>Tangent at row %1
%2</source>
        <translation>Tangente in Zeile %1
%2</translation>
    </message>
    <message>
        <source>Secant, rows %1 and %2
%3</source>
        <translation>Sekante, Zeilen %1 und %2
%3</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartPanes</name>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>Ü&amp;berlagert</translation>
    </message>
    <message>
        <source>Curves and derivatives in one pane</source>
        <translation>Kurven und Ableitungen in einem Diagramm</translation>
    </message>
    <message>
        <source>&amp;Stacked</source>
        <translation>&amp;Gestapelt</translation>
    </message>
    <message>
        <source>Curves above, derivatives below, one shared x axis</source>
        <translation>Kurven oben, Ableitungen unten, eine gemeinsame x-Achse</translation>
    </message>
    <message>
        <source>Small &amp;Multiples</source>
        <translation>&amp;Kleine Vielfache</translation>
    </message>
    <message>
        <source>A curve over its derivative for each y column</source>
        <translation>Für jede y-Spalte die Kurve über ihrer Ableitung</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartSmoothing</name>
    <message>
        <source>smoothed %1</source>
        <translation>%1 geglättet</translation>
    </message>
    <message>
        <source>%1 − smoothed</source>
        <translation>%1 − geglättet</translation>
    </message>
    <message>
        <source>residual y − smoothed</source>
        <translation>Residuum y − geglättet</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartView</name>
    <message>
        <source>Tangent chart</source>
        <translation>Tangent-Diagramm</translation>
    </message>
    <message>
        <source>row × %1</source>
        <translation>Zeile × %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The curves and their derivatives. Keys: + and − zoom, 0 shows all data, the arrow keys scroll or, with the tangent shown, move it from point to point.</source>
        <translation>Die Kurven und ihre Ableitungen. Tasten: + und − zoomen, 0 zeigt alle Daten, die Pfeiltasten verschieben die Ansicht oder, wenn die Tangente gezeigt wird, bewegen sie von Punkt zu Punkt.</translation>
    </message>
    <message>
        <source>%1′</source>
        <translation>%1′</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Clipboard</name>
    <message>
        <source>&apos;%1&apos; is not a date (row %2, column %3 of the pasted block)</source>
        <translation>„%1“ ist kein Datum (Zeile %2, Spalte %3 des eingefügten Blocks)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (row %2, column %3 of the pasted block)</source>
        <translation>„%1“ ist keine Zahl (Zeile %2, Spalte %3 des eingefügten Blocks)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Commands</name>
    <message>
        <source>Edit cell %1%2</source>
        <translation>Zelle %1%2 bearbeiten</translation>
    </message>
    <message>
        <source>Paste %1×%2 cells</source>
        <translation>%1×%2 Zellen einfügen</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Use uniform spacing dx</source>
        <translation>Gleichmäßigen Abstand dx verwenden</translation>
    </message>
    <message>
        <source>Use %1 as x</source>
        <translation>%1 als x verwenden</translation>
    </message>
    <message>
        <source>Set dx to %1</source>
        <translation>dx auf %1 setzen</translation>
    </message>
    <message>
        <source>Choose y columns</source>
        <translation>y-Spalten wählen</translation>
    </message>
    <message>
        <source>Set edge order %1</source>
        <translation>Randordnung %1 setzen</translation>
    </message>
    <message>
        <source>Set derivative order %1</source>
        <translation>Ableitungsordnung %1 setzen</translation>
    </message>
    <message>
        <source>Express derivatives per %1</source>
        <translation>Ableitungen pro %1 angeben</translation>
    </message>
    <message>
        <source>Change derivative settings</source>
        <translation>Einstellungen der Ableitung ändern</translation>
    </message>
    <message>
        <source>Insert row %1</source>
        <translation>Zeile %1 einfügen</translation>
    </message>
    <message>
        <source>Insert %1 rows</source>
        <translation>%1 Zeilen einfügen</translation>
    </message>
    <message>
        <source>Delete row %1</source>
        <translation>Zeile %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 rows</source>
        <translation>%1 Zeilen löschen</translation>
    </message>
    <message>
        <source>Insert column %1</source>
        <translation>Spalte %1 einfügen</translation>
    </message>
    <message>
        <source>Delete column %1</source>
        <translation>Spalte %1 löschen</translation>
    </message>
    <message>
        <source>Rename column %1 to %2</source>
        <translation>Spalte %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the unit of %1 to %2</source>
        <translation>Einheit von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>Derivative by %1</source>
        <translation>Ableitung mit %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The column whose derivative is compared</source>
        <translation>Die Spalte, deren Ableitung verglichen wird</translation>
    </message>
    <message>
        <source>&amp;y column:</source>
        <translation>&amp;y-Spalte:</translation>
    </message>
    <message>
        <source>&amp;Edge orders</source>
        <translation>&amp;Randordnungen</translation>
    </message>
    <message>
        <source>&amp;Methods</source>
        <translation>&amp;Methoden</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ComputationDialog</name>
    <message>
        <source>The Whole Computation</source>
        <translation>Die gesamte Rechnung</translation>
    </message>
    <message>
        <source>Every row of &lt;code&gt;%1&lt;/code&gt;, one line each, as &lt;code&gt;tangent-cli --explain&lt;/code&gt; prints it.</source>
        <translation>Jede Zeile von &lt;code&gt;%1&lt;/code&gt;, eine Zeile pro Wert, so wie &lt;code&gt;tangent-cli --explain&lt;/code&gt; sie ausgibt.</translation>
    </message>
    <message>
        <source>The table shows derivative order %1; these lines are the first application of the gradient.</source>
        <translation>Die Tabelle zeigt die Ableitungsordnung %1; diese Zeilen sind die erste Anwendung des Gradienten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy every line to the clipboard</source>
        <translation>Alle Zeilen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the lines as a text file</source>
        <translation>Die Zeilen als Textdatei speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the Computation</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <source>computation.txt</source>
        <translation>rechnung.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic</source>
        <translation>Die Rechnung jeder Zeile</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ConvergenceDialog</name>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>Largest error of numpy.gradient against the number of points</source>
        <translation>Größter Fehler von numpy.gradient über der Anzahl der Punkte</translation>
    </message>
    <message>
        <source>number of points n</source>
        <translation>Anzahl der Punkte n</translation>
    </message>
    <message>
        <source>max |numeric − exact|</source>
        <translation>max |numerisch − exakt|</translation>
    </message>
    <message>
        <source>slope −1 (reference)</source>
        <translation>Steigung −1 (Referenz)</translation>
    </message>
    <message>
        <source>slope −2 (reference)</source>
        <translation>Steigung −2 (Referenz)</translation>
    </message>
    <message>
        <source>Each dot is one table of n samples of f; its height is the largest |numpy.gradient − f′| over all rows. Ten times the points: with edge order 1 the error falls ten-fold (slope −1), because the two end rows use one-sided first-order differences; with edge order 2 it falls a hundred-fold (slope −2), like the central differences inside. Where a line levels off or turns up, rounding has taken over: it grows as the spacing shrinks. A method exact for f (x² with edge order 2) shows nothing but that rounding.</source>
        <translation>Jeder Punkt ist eine Tabelle mit n Abtastwerten von f; seine Höhe ist der größte Wert von |numpy.gradient − f′| über alle Zeilen. Zehnmal so viele Punkte: Mit Randordnung 1 sinkt der Fehler auf ein Zehntel (Steigung −1), weil die beiden Randzeilen einseitige Differenzen erster Ordnung verwenden; mit Randordnung 2 sinkt er auf ein Hundertstel (Steigung −2), wie bei den zentralen Differenzen im Inneren. Wo eine Linie abflacht oder wieder ansteigt, überwiegt der Rundungsfehler: Er wächst, wenn der Abstand schrumpft. Ein Verfahren, das für f exakt ist (x² mit Randordnung 2), zeigt nur diesen Rundungsfehler.</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Keine Untersuchung: %1</translation>
    </message>
    <message>
        <source>x jittered by %1 of a step (seed %2)</source>
        <translation>x um %1 eines Schritts verrauscht (Startwert %2)</translation>
    </message>
    <message>
        <source>evenly spaced x</source>
        <translation>gleichmäßig verteiltes x</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4, no noise; f′ %5.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; auf [%2, %3], %4, ohne Rauschen; f′ %5.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>computed numerically</source>
        <translation>numerisch berechnet</translation>
    </message>
    <message>
        <source>edge order %1: exact, only rounding</source>
        <translation>Randordnung %1: exakt, nur Rundung</translation>
    </message>
    <message>
        <source>edge order %1: slope %2</source>
        <translation>Randordnung %1: Steigung %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DataTableView</name>
    <message>
        <source>Double-click or type to edit a cell; an emptied cell becomes a gap</source>
        <translation>Doppelklicken oder tippen, um eine Zelle zu bearbeiten; eine geleerte Zelle wird zur Lücke</translation>
    </message>
    <message>
        <source>Copied %1×%2 cells</source>
        <translation>%1×%2 Zellen kopiert</translation>
    </message>
    <message>
        <source>Derivative columns are computed; paste into a data column</source>
        <translation>Ableitungsspalten werden berechnet; fügen Sie in eine Datenspalte ein</translation>
    </message>
    <message>
        <source>Nothing pasted: %1 (row %2, column %3 of the pasted block)</source>
        <translation>Nichts eingefügt: %1 (Zeile %2, Spalte %3 des eingefügten Blocks)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n Zeile eingefügt</numerusform>
            <numerusform>%n Zeilen eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>e.g. °C, m/s</source>
        <translation>z. B. °C, m/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>The data columns followed by their derivatives, which are computed and read-only</source>
        <translation>Die Datenspalten, gefolgt von ihren Ableitungen, die berechnet werden und schreibgeschützt sind</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DiagnosticsPanel</name>
    <message>
        <source>numpy:</source>
        <translation>numpy:</translation>
    </message>
    <message>
        <source>The numpy call that computes exactly the same values</source>
        <translation>Der numpy-Aufruf, der genau dieselben Werte berechnet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the numpy call to the clipboard</source>
        <translation>Den numpy-Aufruf in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Problems with the data or the settings</source>
        <translation>Probleme mit den Daten oder den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Sort rows by x</source>
        <translation>Zeilen nach x &amp;sortieren</translation>
    </message>
    <message>
        <source>Sort every column by the x column (one undo step)</source>
        <translation>Alle Spalten nach der x-Spalte sortieren (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Same as:</source>
        <translation>Entspricht:</translation>
    </message>
    <message>
        <source>A call that computes the same values</source>
        <translation>Ein Aufruf, der dieselben Werte berechnet</translation>
    </message>
    <message>
        <source>Differentiate the rows of each value of this column on their own (one undo step)</source>
        <translation>Die Zeilen jedes Werts dieser Spalte für sich ableiten (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Group by %1</source>
        <translation>Nach %1 &amp;gruppieren</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Document</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>rows %1, …</source>
        <translation>Zeilen %1, …</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>Zeilen %1 und %2</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>x (%1) decreases throughout. The derivatives are still correct; sort by x to draw the chart from left to right.</source>
        <translation>x (%1) nimmt durchgehend ab. Die Ableitungen sind trotzdem richtig; sortieren Sie nach x, um das Diagramm von links nach rechts zu zeichnen.</translation>
    </message>
    <message>
        <source>x (%1) is not increasing: it decreases at row %2 (%3 after %4). numpy.gradient does not sort, so the slopes across each step back are meaningless. Sort the table by x.</source>
        <translation>x (%1) ist nicht aufsteigend: Es nimmt in Zeile %2 ab (%3 nach %4). numpy.gradient sortiert nicht, daher sind die Steigungen über jeden Rückschritt hinweg bedeutungslos. Sortieren Sie die Tabelle nach x.</translation>
    </message>
    <message>
        <source>rows %1 and %2 (x = %3)</source>
        <translation>Zeilen %1 und %2 (x = %3)</translation>
    </message>
    <message>
        <source> and 1 more place</source>
        <translation> und 1 weiteren Stelle</translation>
    </message>
    <message>
        <source> and %1 more places</source>
        <translation> und %1 weiteren Stellen</translation>
    </message>
    <message>
        <source>x (%1) repeats at %2: the step there is 0, so the slopes next to it are infinite or NaN. Remove or merge the duplicate rows.</source>
        <translation>x (%1) wiederholt sich bei %2: Der Schritt dort ist 0, daher sind die Steigungen daneben unendlich oder NaN. Entfernen oder vereinen Sie die doppelten Zeilen.</translation>
    </message>
    <message>
        <source>x (%1) is evenly spaced to within 1 part in 10⁹ but not exactly (steps from %2 to %3). numpy then uses its non-uniform formula, so results differ from numpy.gradient(y, dx) in the last bits; Tangent matches numpy.gradient(y, x).</source>
        <translation>x (%1) ist bis auf 1 zu 10⁹ gleichmäßig verteilt, aber nicht exakt (Schritte von %2 bis %3). numpy verwendet dann seine Formel für ungleichmäßige Abstände, daher weichen die Ergebnisse in den letzten Bits von numpy.gradient(y, dx) ab; Tangent stimmt mit numpy.gradient(y, x) überein.</translation>
    </message>
    <message>
        <source>x (%1) has %2 (empty cells), at %3: the derivatives next to them are NaN.</source>
        <translation>x (%1) hat %2 (leere Zellen), bei %3: Die Ableitungen daneben sind NaN.</translation>
    </message>
    <message>
        <source>Edge order %1 needs at least %2 rows; the table has %3. Add rows%4.</source>
        <translation>Randordnung %1 braucht mindestens %2 Zeilen; die Tabelle hat %3. Fügen Sie Zeilen hinzu%4.</translation>
    </message>
    <message>
        <source> or use edge order 1</source>
        <translation> oder verwenden Sie Randordnung 1</translation>
    </message>
    <message>
        <source>The derivative cannot be computed: %1</source>
        <translation>Die Ableitung kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>There is no numeric column to differentiate besides x.</source>
        <translation>Außer x gibt es keine Zahlenspalte, die abgeleitet werden kann.</translation>
    </message>
    <message>
        <source>The spacing dx is %1: choose a finite number other than 0.</source>
        <translation>Der Abstand dx ist %1: Wählen Sie eine endliche Zahl ungleich 0.</translation>
    </message>
    <message>
        <source>The x column %1 holds text that is neither numbers nor dates; choose another x column or a uniform spacing dx.</source>
        <translation>Die x-Spalte %1 enthält Text, der weder Zahlen noch Datumsangaben sind; wählen Sie eine andere x-Spalte oder einen gleichmäßigen Abstand dx.</translation>
    </message>
    <message>
        <source>%1 has %2 (empty cells), at %3: its derivative is NaN next to them.</source>
        <translation>%1 hat %2 (leere Zellen), bei %3: Die Ableitung daneben ist NaN.</translation>
    </message>
    <message>
        <source>Column %1 holds text that is neither numbers nor dates; it is not differentiated, but it can group the rows (Group by).</source>
        <translation>Spalte %1 enthält Text, der weder Zahlen noch Datumsangaben sind; sie wird nicht abgeleitet, kann aber die Zeilen gruppieren (Gruppieren nach).</translation>
    </message>
    <message numerus="yes">
        <source>Grouped by &apos;%1&apos;: %n group(s), each differentiated on its own rows.</source>
        <translation>
            <numerusform>Gruppiert nach „%1“: %n Gruppe, jede für sich auf ihren eigenen Zeilen abgeleitet.</numerusform>
            <numerusform>Gruppiert nach „%1“: %n Gruppen, jede für sich auf ihren eigenen Zeilen abgeleitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1; its derivative is left empty.</source>
        <translation>%1; die Ableitung dieser Gruppe bleibt leer.</translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation>%1 (auto)</translation>
    </message>
    <message>
        <source>Noise on %1: σ ≈ %2 (the median distance of each point from the line through its neighbours, scaled to a standard deviation).</source>
        <translation>Rauschen auf %1: σ ≈ %2 (der Median des Abstands jedes Punkts von der Geraden durch seine Nachbarn, auf eine Standardabweichung skaliert).</translation>
    </message>
    <message>
        <source>The derivative of %1 is mostly noise (SNR %2): noise of σ ≈ %3 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%4 in numpy&apos;s differences, against a signal of about %5. Try a smoothing method.</source>
        <translation>Die Ableitung von %1 ist überwiegend Rauschen (SNR %2): Rauschen von σ ≈ %3 auf %1 (geschätzt aus dem Abstand jedes Punkts zur Geraden durch seine Nachbarn) wird in den Differenzen von numpy zu ±%4, gegenüber einem Signal von etwa %5. Versuchen Sie ein Glättungsverfahren.</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geglättet werden: %2</translation>
    </message>
    <message>
        <source>No uncertainty band for the derivative of %1: %2</source>
        <translation>Kein Unsicherheitsband für die Ableitung von %1: %2</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ ≈ %2 on %1 estimated from the data. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>Das Band um die Ableitung von %1 ist ihr 95-%-Intervall, ±1,96 sd, aus Rauschen von σ ≈ %2 auf %1, aus den Daten geschätzt. Es setzt unabhängiges Rauschen voraus und ist zu schmal, wo die Kurve scharf abknickt.</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ = %2 on %1 as given in the band&apos;s settings. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>Das Band um die Ableitung von %1 ist ihr 95-%-Intervall, ±1,96 sd, aus Rauschen von σ = %2 auf %1, wie in den Einstellungen des Bands angegeben. Es setzt unabhängiges Rauschen voraus und ist zu schmal, wo die Kurve scharf abknickt.</translation>
    </message>
    <message>
        <source>The derivative of %1 cannot be told apart from its noise: noise of σ ≈ %2 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%3 in numpy&apos;s differences, and no signal larger than that was found. Try a smoothing method.</source>
        <translation>Die Ableitung von %1 ist nicht von ihrem Rauschen zu unterscheiden: Rauschen von σ ≈ %2 auf %1 (geschätzt aus dem Abstand jedes Punkts zur Geraden durch seine Nachbarn) wird in numpys Differenzen zu ±%3, und kein größeres Signal wurde gefunden. Versuchen Sie eine Glättungsmethode.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Column %1 holds text: if the file holds one series per %1, one after another (long format), group the rows by it so that each series is differentiated on its own rows rather than sorted into the others.</source>
        <translation>Spalte %1 enthält Text: Enthält die Datei je %1 eine eigene Reihe, eine nach der anderen (Langformat), gruppieren Sie die Zeilen danach, damit jede Reihe auf ihren eigenen Zeilen abgeleitet statt unter die anderen sortiert wird.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentExplainer</name>
    <message>
        <source>This column is not differentiated.</source>
        <translation>Diese Spalte wird nicht abgeleitet.</translation>
    </message>
    <message>
        <source>The spacing cannot be resolved.</source>
        <translation>Der Abstand lässt sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>The table is grouped: each group is differentiated on its own rows. Click a row to see how its value is computed within its group, or run tangent-cli --group --explain for every row.</source>
        <translation>Die Tabelle ist gruppiert: Jede Gruppe wird auf ihren eigenen Zeilen differenziert. Klicken Sie auf eine Zeile, um zu sehen, wie ihr Wert innerhalb ihrer Gruppe berechnet wird, oder führen Sie tangent-cli --group --explain für alle Zeilen aus.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentRecovery</name>
    <message>
        <source>Unsaved changes could not be backed up for crash recovery: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht für die Absturz-Wiederherstellung gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentTabs</name>
    <message>
        <source>Open tables</source>
        <translation>Geöffnete Tabellen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>tangent::ui::EdgeOrderPage</name>
    <message>
        <source>derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>difference (order 2 − order 1)</source>
        <translation>Differenz (Ordnung 2 − Ordnung 1)</translation>
    </message>
    <message>
        <source>edge order 1</source>
        <translation>Randordnung 1</translation>
    </message>
    <message>
        <source>edge order 2</source>
        <translation>Randordnung 2</translation>
    </message>
    <message>
        <source>rows that differ</source>
        <translation>abweichende Zeilen</translation>
    </message>
    <message>
        <source>d(%1)/dx</source>
        <translation>d(%1)/dx</translation>
    </message>
    <message>
        <source>d%1(%2)/dx%1</source>
        <translation>d%1(%2)/dx%1</translation>
    </message>
    <message>
        <source>Edge order 1 and 2 agree on every row here, bit for bit (the data are straight at the ends).</source>
        <translation>Randordnung 1 und 2 stimmen hier in jeder Zeile bitgenau überein (die Daten sind an den Rändern gerade).</translation>
    </message>
    <message>
        <source>row %1 by %2</source>
        <translation>Zeile %1 um %2</translation>
    </message>
    <message>
        <source>Only the end rows differ: %1 (order 2 − order 1). Every interior row uses the same central difference with either edge order, so those agree bit for bit.</source>
        <translation>Nur die Randzeilen weichen ab: %1 (Ordnung 2 − Ordnung 1). Jede innere Zeile verwendet mit beiden Randordnungen dieselbe zentrale Differenz, daher stimmen diese bitgenau überein.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> A derivative of order %1 applies the gradient %1 times, and each pass carries the ends&apos; difference one row further in.</source>
        <translation> Eine Ableitung der Ordnung %1 wendet den Gradienten %1-mal an, und jeder Durchgang trägt die Abweichung der Ränder eine Zeile weiter nach innen.</translation>
    </message>
    <message>
        <source>Rows that differ: %1; the largest difference is %2 at row %3 (order 2 − order 1). All other rows agree bit for bit.</source>
        <translation>Abweichende Zeilen: %1; die größte Differenz ist %2 in Zeile %3 (Ordnung 2 − Ordnung 1). Alle anderen Zeilen stimmen bitgenau überein.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ExplainPanel</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>Zeilen %1 und %2</translation>
    </message>
    <message>
        <source>&amp;Derivative of:</source>
        <translation>&amp;Ableitung von:</translation>
    </message>
    <message>
        <source>Which differentiated column to explain</source>
        <translation>Welche abgeleitete Spalte erklärt wird</translation>
    </message>
    <message>
        <source>Show the &amp;whole computation…</source>
        <translation>&amp;Gesamte Rechnung zeigen…</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>Die Rechnung jeder Zeile, eine Zeile pro Wert, so wie tangent-cli --explain sie ausgibt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy this row&apos;s formula and arithmetic as text</source>
        <translation>Formel und Rechnung dieser Zeile als Text kopieren</translation>
    </message>
    <message>
        <source>No column is differentiated. Choose the y columns in the Derivative panel.</source>
        <translation>Keine Spalte wird abgeleitet. Wählen Sie die y-Spalten im Bereich „Ableitung“.</translation>
    </message>
    <message>
        <source>Click a row in the table to see how numpy computes its derivative.</source>
        <translation>Klicken Sie auf eine Zeile der Tabelle, um zu sehen, wie numpy ihre Ableitung berechnet.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table, so numpy takes the central difference of its neighbours, %2: the change in y between them divided by the distance 2h between them.</source>
        <translation>Zeile %1 liegt im Inneren der Tabelle, daher nimmt numpy die zentrale Differenz ihrer Nachbarn, %2: die Änderung von y zwischen ihnen geteilt durch ihren Abstand 2h.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table and its neighbours are at different distances from it (p ≠ q), so numpy weights %2 so that the result is exact for any parabola.</source>
        <translation>Zeile %1 liegt im Inneren der Tabelle, und ihre Nachbarn sind unterschiedlich weit entfernt (p ≠ q), daher gewichtet numpy %2 so, dass das Ergebnis für jede Parabel exakt ist.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table. x is not evenly spaced throughout, so numpy weights the row and its neighbours everywhere; here both gaps are equal (p = q = %2), and the weights reduce to the central difference of %3.</source>
        <translation>Zeile %1 liegt im Inneren der Tabelle. x ist nicht überall gleichmäßig verteilt, daher gewichtet numpy überall die Zeile und ihre Nachbarn; hier sind beide Abstände gleich (p = q = %2), und die Gewichte ergeben die zentrale Differenz von %3.</translation>
    </message>
    <message>
        <source>Row %1 is the first row: nothing comes before it, so numpy takes the one-sided difference to the next row (edge_order=1), using %2.</source>
        <translation>Zeile %1 ist die erste Zeile: Vor ihr kommt nichts, daher nimmt numpy die einseitige Differenz zur nächsten Zeile (edge_order=1) mit %2.</translation>
    </message>
    <message>
        <source>Row %1 is the last row: nothing comes after it, so numpy takes the one-sided difference from the row before (edge_order=1), using %2.</source>
        <translation>Zeile %1 ist die letzte Zeile: Nach ihr kommt nichts, daher nimmt numpy die einseitige Differenz zur vorigen Zeile (edge_order=1) mit %2.</translation>
    </message>
    <message>
        <source>Row %1 is the %2 row and edge_order=2, so numpy uses %3: the slope at row %1 of the parabola through them.</source>
        <translation>Zeile %1 ist die %2 Zeile und edge_order=2, daher verwendet numpy %3: die Steigung der Parabel durch diese Punkte in Zeile %1.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>The weights come from the gaps p and q between them.</source>
        <translation>Die Gewichte ergeben sich aus den Abständen p und q zwischen ihnen.</translation>
    </message>
    <message>
        <source>The weights come from the gaps between them, here equal (p = q = %1), because x is not evenly spaced throughout.</source>
        <translation>Die Gewichte ergeben sich aus den Abständen zwischen ihnen, hier gleich (p = q = %1), weil x nicht überall gleichmäßig verteilt ist.</translation>
    </message>
    <message>
        <source>Row %1 is empty (a gap), so the result is %2.</source>
        <translation>Zeile %1 ist leer (eine Lücke), daher ist das Ergebnis %2.</translation>
    </message>
    <message>
        <source>%1 are empty (gaps), so the result is %2.</source>
        <translation>%1 sind leer (Lücken), daher ist das Ergebnis %2.</translation>
    </message>
    <message>
        <source>Two of these rows have the same x, so the division gives %1.</source>
        <translation>Zwei dieser Zeilen haben dasselbe x, daher ergibt die Division %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2 · numpy index i = %3 · %4</source>
        <translation>Zeile %1 von %2 · numpy-Index i = %3 · %4</translation>
    </message>
    <message>
        <source>The table shows derivative order %1: numpy.gradient applied %1 times. This is the first application only; each further one uses the same formulas on the values of the one before.</source>
        <translation>Die Tabelle zeigt die Ableitungsordnung %1: numpy.gradient %1-mal angewendet. Dies ist nur die erste Anwendung; jede weitere verwendet dieselben Formeln auf die Werte der vorigen.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>With the rows</source>
        <translation>Mit den Zeilen</translation>
    </message>
    <message>
        <source>With the values</source>
        <translation>Mit den Werten</translation>
    </message>
    <message>
        <source>First derivative</source>
        <translation>Erste Ableitung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The derivative cannot be computed</source>
        <translation>Die Ableitung kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Zeile %1 (i = %2): %3</translation>
    </message>
    <message>
        <source>Explanation of the selected row</source>
        <translation>Erklärung der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>zentrale Differenz</translation>
    </message>
    <message>
        <source>three-point weighted difference (uneven spacing)</source>
        <translation>gewichtete Dreipunktdifferenz (ungleichmäßiger Abstand)</translation>
    </message>
    <message>
        <source>one-sided difference (first order)</source>
        <translation>einseitige Differenz (erste Ordnung)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order)</source>
        <translation>einseitige Dreipunktdifferenz (zweite Ordnung)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order, uneven spacing)</source>
        <translation>einseitige Dreipunktdifferenz (zweite Ordnung, ungleichmäßiger Abstand)</translation>
    </message>
    <message>
        <source>Click a row in the table to see how %1 computes its derivative.</source>
        <translation>Klicken Sie auf eine Zeile der Tabelle, um zu sehen, wie %1 ihre Ableitung berechnet.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, differentiated on its own %2 rows: its row %3 (table row %4) · numpy index i = %5 · %6</source>
        <translation>Gruppe „%1“, auf ihren eigenen %2 Zeilen differenziert: ihre Zeile %3 (Tabellenzeile %4) · numpy-Index i = %5 · %6</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, its row %2 (table row %3)</source>
        <translation>Gruppe „%1“, ihre Zeile %2 (Tabellenzeile %3)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureActions</name>
    <message>
        <source>Export Fi&amp;gure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Copy Fi&amp;gure</source>
        <translation>&amp;Abbildung kopieren</translation>
    </message>
    <message>
        <source>Save the whole figure (every pane, the legends, the axes) as PDF, SVG or PNG, at a size and resolution of your choice</source>
        <translation>Die ganze Abbildung (alle Diagramme, die Legenden, die Achsen) als PDF, SVG oder PNG speichern, in frei wählbarer Größe und Auflösung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the whole figure (every pane) to the clipboard as an image</source>
        <translation>Die ganze Abbildung (alle Diagramme) als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the figure to %1</source>
        <translation>Abbildung nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Abbildung in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>PDF (vector, for papers)</source>
        <translation>PDF (Vektor, für Veröffentlichungen)</translation>
    </message>
    <message>
        <source>SVG (vector, for editing)</source>
        <translation>SVG (Vektor, zum Bearbeiten)</translation>
    </message>
    <message>
        <source>PNG (image, for slides and the web)</source>
        <translation>PNG (Bild, für Folien und das Web)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: turns centimetres and inches into pixels, and pixels into a page size</source>
        <translation>Punkte pro Zoll: rechnet Zentimeter und Zoll in Pixel um und Pixel in eine Seitengröße</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 × %2 cm (%3 × %4 pt)</source>
        <translation>%1 × %2 cm (%3 × %4 pt)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FileController</name>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>Das Beispiel %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Opened sample %1</source>
        <translation>Beispiel %1 geöffnet</translation>
    </message>
    <message>
        <source>Still reading %1</source>
        <translation>%1 wird noch gelesen</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Zeile</numerusform>
            <numerusform>%1 geöffnet: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has unsaved changes; save them first</source>
        <translation>Die Tabelle hat ungespeicherte Änderungen; speichern Sie sie zuerst</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The table has unsaved changes. Save them first?</source>
        <translation>Die Tabelle hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export derivative</source>
        <translation>Ableitung exportieren</translation>
    </message>
    <message>
        <source>There is no derivative to export: choose at least one y column.</source>
        <translation>Es gibt keine Ableitung zum Exportieren: Wählen Sie mindestens eine y-Spalte.</translation>
    </message>
    <message>
        <source>Exported the derivative to %1</source>
        <translation>Ableitung nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export derivative CSV</source>
        <translation>Ableitung als CSV exportieren</translation>
    </message>
    <message>
        <source>-derivative</source>
        <translation>-ableitung</translation>
    </message>
    <message>
        <source>Data files and sessions (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;CSV files (*.csv);;Spreadsheets (*.xlsx *.ods);;numpy arrays (*.npy);;Tangent sessions (*.tangent);;All files (*)</source>
        <translation>Datendateien und Sitzungen (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;CSV-Dateien (*.csv);;Tabellenkalkulationen (*.xlsx *.ods);;numpy-Arrays (*.npy);;Tangent-Sitzungen (*.tangent);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (sheet %2)</source>
        <translation>%1 (Blatt %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); reading the first, %2</source>
        <translation>
            <numerusform>%1 hat %n Blatt; das erste, %2, wird gelesen</numerusform>
            <numerusform>%1 hat %n Blätter; das erste, %2, wird gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>%1
Turn View → Uncertainty Band off to export the derivative alone.</source>
        <translation>%1
Schalten Sie Ansicht → Unsicherheitsband aus, um nur die Ableitung zu exportieren.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabController</name>
    <message>
        <source>numerical</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>Overlays removed: the table has %1 rows now, the generated data had %2.</source>
        <translation>Überlagerungen entfernt: Die Tabelle hat jetzt %1 Zeilen, die erzeugten Daten hatten %2.</translation>
    </message>
    <message>
        <source>Overlays removed: the derivative no longer uses the generated x column.</source>
        <translation>Überlagerungen entfernt: Die Ableitung verwendet nicht mehr die erzeugte x-Spalte.</translation>
    </message>
    <message>
        <source>Overlays hidden: the exact derivative is a first derivative, the derivative order is %1.</source>
        <translation>Überlagerungen ausgeblendet: Die exakte Ableitung ist eine erste Ableitung, die Ableitungsordnung ist %1.</translation>
    </message>
    <message>
        <source>Overlays hidden: no y column is differentiated.</source>
        <translation>Überlagerungen ausgeblendet: Keine y-Spalte wird abgeleitet.</translation>
    </message>
    <message>
        <source>Overlays hidden: %1</source>
        <translation>Überlagerungen ausgeblendet: %1</translation>
    </message>
    <message>
        <source>exact derivative: %1</source>
        <translation>exakte Ableitung: %1</translation>
    </message>
    <message>
        <source>exact derivative (computed numerically)</source>
        <translation>exakte Ableitung (numerisch berechnet)</translation>
    </message>
    <message>
        <source>error (numeric − exact)</source>
        <translation>Fehler (numerisch − exakt)</translation>
    </message>
    <message>
        <source>Generate data to compare numpy.gradient with the exact derivative.</source>
        <translation>Erzeugen Sie Daten, um numpy.gradient mit der exakten Ableitung zu vergleichen.</translation>
    </message>
    <message>
        <source>The exact derivative is undefined at every point.</source>
        <translation>Die exakte Ableitung ist an keinem Punkt definiert.</translation>
    </message>
    <message>
        <source>Largest |numeric − exact| = %1 at x = %2 (row %3).</source>
        <translation>Größtes |numerisch − exakt| = %1 bei x = %2 (Zeile %3).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabDialog</name>
    <message>
        <source>Function Lab</source>
        <translation>Funktionslabor</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Replace the table with columns x and y sampled from f</source>
        <translation>Die Tabelle durch die Spalten x und y ersetzen, abgetastet aus f</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>typed expression</source>
        <translation>eingegebener Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>a formula in x, e.g. x^2 * exp(-x)</source>
        <translation>eine Formel in x, z. B. x^2 * exp(-x)</translation>
    </message>
    <message>
        <source>muparser syntax: + - * / ^, parentheses, pi, _e, c ? a : b, and sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</source>
        <translation>muparser-Syntax: + - * / ^, Klammern, pi, _e, c ? a : b sowie sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</translation>
    </message>
    <message>
        <source>&amp;f(x) =</source>
        <translation>&amp;f(x) =</translation>
    </message>
    <message>
        <source>f′(x):</source>
        <translation>f′(x):</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Abtastung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x von:</translation>
    </message>
    <message>
        <source>The range needs from &lt; to.</source>
        <translation>Der Bereich braucht von &lt; bis.</translation>
    </message>
    <message>
        <source>&amp;Number of points:</source>
        <translation>&amp;Anzahl der Punkte:</translation>
    </message>
    <message>
        <source>&amp;uniform</source>
        <translation>&amp;gleichmäßig</translation>
    </message>
    <message>
        <source>&amp;jittered by</source>
        <translation>&amp;verrauscht um</translation>
    </message>
    <message>
        <source>Evenly spaced x, as numpy.linspace(from, to, n)</source>
        <translation>Gleichmäßig verteiltes x, wie numpy.linspace(von, bis, n)</translation>
    </message>
    <message>
        <source>Each interior x moves randomly by up to the given fraction of a step (half either way), so the spacing is uneven but x keeps increasing</source>
        <translation>Jedes innere x verschiebt sich zufällig um bis zu dem angegebenen Bruchteil eines Schritts (je zur Hälfte in beide Richtungen), sodass der Abstand ungleichmäßig wird, x aber weiter ansteigt</translation>
    </message>
    <message>
        <source> of a step</source>
        <translation> eines Schritts</translation>
    </message>
    <message>
        <source>x spacing:</source>
        <translation>x-Abstand:</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to y (0: none)</source>
        <translation>Standardabweichung des zu y addierten gaußschen Rauschens (0: keines)</translation>
    </message>
    <message>
        <source>&amp;Noise σ:</source>
        <translation>&amp;Rauschen σ:</translation>
    </message>
    <message>
        <source>The same seed gives the same jitter and noise on every run</source>
        <translation>Derselbe Startwert ergibt bei jedem Lauf dieselbe Verschiebung und dasselbe Rauschen</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation>Im Diagramm</translation>
    </message>
    <message>
        <source>Show &amp;exact derivative</source>
        <translation>&amp;Exakte Ableitung zeigen</translation>
    </message>
    <message>
        <source>Show e&amp;rror (numeric − exact)</source>
        <translation>&amp;Fehler zeigen (numerisch − exakt)</translation>
    </message>
    <message>
        <source>The document&apos;s derivative minus the exact one, on its own axis; it follows edits and the edge order</source>
        <translation>Die Ableitung des Dokuments minus die exakte, auf eigener Achse; sie folgt Bearbeitungen und der Randordnung</translation>
    </message>
    <message>
        <source>Type a formula in x, e.g. sin(x) or x^2 + 1.</source>
        <translation>Geben Sie eine Formel in x ein, z. B. sin(x) oder x^2 + 1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>computed numerically at each x (Richardson extrapolation, typically within 1e-11 relative where f is smooth)</source>
        <translation>an jedem x numerisch berechnet (Richardson-Extrapolation, typischerweise auf 1e-11 relativ genau, wo f glatt ist)</translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation>%1 (exakt)</translation>
    </message>
    <message>
        <source>Nothing generated: %1</source>
        <translation>Nichts erzeugt: %1</translation>
    </message>
    <message>
        <source>Nothing generated: %1.</source>
        <translation>Nichts erzeugt: %1.</translation>
    </message>
    <message>
        <source>The table was kept: it has unsaved changes.</source>
        <translation>Die Tabelle wurde behalten: Sie hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>f is undefined at %1 of the %2 points; those rows are gaps.</source>
        <translation>f ist an %1 der %2 Punkte nicht definiert; diese Zeilen sind Lücken.</translation>
    </message>
    <message>
        <source>Generated %1 points of f(x) = %2.</source>
        <translation>%1 Punkte von f(x) = %2 erzeugt.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Tangent is not sure how to read this file. Check the preview and adjust the choices below.</source>
        <translation>Tangent ist nicht sicher, wie diese Datei zu lesen ist. Prüfen Sie die Vorschau und passen Sie die Auswahl unten an.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist eine Ü&amp;berschrift</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1,5)</source>
        <translation>Zahlen verwenden ein Dezimal&amp;komma (1,5)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source> (text)</source>
        <translation> (Text)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n Spalte.</numerusform>
            <numerusform>%n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>With these choices the file cannot be read: %1</source>
        <translation>Mit dieser Auswahl kann die Datei nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::LanguageText</name>
    <message>
        <source>Use the language CODE (en, de, fr, es) instead of the system&apos;s; numbers in the table follow it.</source>
        <translation>Die Sprache CODE (en, de, fr, es) statt der des Systems verwenden; die Zahlen in der Tabelle folgen ihr.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language code; use one of en, %2</source>
        <translation>--lang: „%1“ ist kein Sprachcode; verwenden Sie einen von en, %2</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; use one of en, %2</source>
        <translation>--lang: Für „%1“ gibt es keine Übersetzung; verwenden Sie einen von en, %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MainWindow</name>
    <message>
        <source>Restored unsaved changes of %1</source>
        <translation>Ungespeicherte Änderungen von %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Die Tabelle speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the table under a new name</source>
        <translation>Die Tabelle unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export Derivative CSV…</source>
        <translation>Ableitung als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write x, y and the derivative as CSV (tangent-cli&apos;s format)</source>
        <translation>x, y und die Ableitung als CSV schreiben (Format von tangent-cli)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Quit Tangent</source>
        <translation>Tangent beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Die ausgewählten Zellen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection</source>
        <translation>Zellen aus einer Tabellenkalkulation an der Auswahl einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the selected cells (they become gaps)</source>
        <translation>Die ausgewählten Zellen leeren (sie werden zu Lücken)</translation>
    </message>
    <message>
        <source>&amp;Insert Row</source>
        <translation>Zeile ein&amp;fügen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert a row above the current one</source>
        <translation>Eine Zeile über der aktuellen einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Zeilen löschen</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Die ausgewählten Zeilen löschen</translation>
    </message>
    <message>
        <source>Insert Colu&amp;mn</source>
        <translation>&amp;Spalte einfügen</translation>
    </message>
    <message>
        <source>Insert a column after the current one</source>
        <translation>Eine Spalte nach der aktuellen einfügen</translation>
    </message>
    <message>
        <source>Delete the current column</source>
        <translation>Die aktuelle Spalte löschen</translation>
    </message>
    <message>
        <source>Re&amp;name Column…</source>
        <translation>Spalte &amp;umbenennen…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the current column and set its unit</source>
        <translation>Die aktuelle Spalte umbenennen und ihre Einheit festlegen</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation>Alle Daten zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen, large fonts and thick lines for projectors</source>
        <translation>Vollbild, große Schrift und dicke Linien für Projektoren</translation>
    </message>
    <message>
        <source>Edge Order &amp;1</source>
        <translation>Randordnung &amp;1</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>First-order differences at the ends (numpy&apos;s default)</source>
        <translation>Differenzen erster Ordnung an den Rändern (Voreinstellung von numpy)</translation>
    </message>
    <message>
        <source>Edge Order &amp;2</source>
        <translation>Randordnung &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Second-order differences at the ends</source>
        <translation>Differenzen zweiter Ordnung an den Rändern</translation>
    </message>
    <message>
        <source>&amp;About Tangent</source>
        <translation>Über &amp;Tangent</translation>
    </message>
    <message>
        <source>About Tangent</source>
        <translation>Über Tangent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Derivative</source>
        <translation>Ab&amp;leitung</translation>
    </message>
    <message>
        <source>Copy numpy &amp;Call</source>
        <translation>numpy-&amp;Aufruf kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Unterricht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Show &amp;Tangent</source>
        <translation>&amp;Tangente zeigen</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Draw the tangent with the computed slope at the selected or hovered point</source>
        <translation>Die Tangente mit der berechneten Steigung am ausgewählten oder überfahrenen Punkt zeichnen</translation>
    </message>
    <message>
        <source>Clear &amp;Secant</source>
        <translation>&amp;Sekante entfernen</translation>
    </message>
    <message>
        <source>Remove the secant (Shift+click a point on the chart to draw one)</source>
        <translation>Die Sekante entfernen (Umschalt+Klick auf einen Punkt im Diagramm zeichnet eine)</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>&amp;Nächster Punkt</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Move the tangent to the next point</source>
        <translation>Die Tangente zum nächsten Punkt bewegen</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>&amp;Vorheriger Punkt</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Move the tangent to the previous point</source>
        <translation>Die Tangente zum vorherigen Punkt bewegen</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Function Lab…</source>
        <translation>&amp;Funktionslabor…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Generate data from a function and compare with its exact derivative</source>
        <translation>Daten aus einer Funktion erzeugen und mit ihrer exakten Ableitung vergleichen</translation>
    </message>
    <message>
        <source>&amp;Convergence…</source>
        <translation>&amp;Konvergenz…</translation>
    </message>
    <message>
        <source>Largest error against the number of points, edge order 1 and 2, log-log</source>
        <translation>Größter Fehler über der Anzahl der Punkte, Randordnung 1 und 2, doppelt logarithmisch</translation>
    </message>
    <message>
        <source>Compare &amp;Edge Orders…</source>
        <translation>&amp;Randordnungen vergleichen…</translation>
    </message>
    <message>
        <source>The derivative with edge order 1 and 2 on one chart, and where they differ</source>
        <translation>Die Ableitung mit Randordnung 1 und 2 in einem Diagramm, und wo sie sich unterscheiden</translation>
    </message>
    <message>
        <source>Compare &amp;Methods…</source>
        <translation>&amp;Methoden vergleichen…</translation>
    </message>
    <message>
        <source>numpy, MATLAB/Octave and Origin&apos;s average of slopes, with residuals against numpy</source>
        <translation>numpy, MATLAB/Octave und der Steigungsmittelwert von Origin, mit Residuen gegenüber numpy</translation>
    </message>
    <message>
        <source>Show the &amp;Whole Computation…</source>
        <translation>&amp;Gesamte Rechnung zeigen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>Die Rechnung jeder Zeile, eine Zeile pro Wert, so wie tangent-cli --explain sie ausgibt</translation>
    </message>
    <message>
        <source>Cop&amp;y Explanation</source>
        <translation>Erklärung kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s formula and arithmetic as text</source>
        <translation>Formel und Rechnung der ausgewählten Zeile als Text kopieren</translation>
    </message>
    <message>
        <source>%1 (sample) — Tangent</source>
        <translation>%1 (Beispiel) — Tangent</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Tangent</source>
        <translation>%1[*] — Tangent</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;The derivative of tabular data, computed exactly as &lt;code&gt;numpy.gradient&lt;/code&gt; computes it (bit for bit on float64).&lt;/p&gt;&lt;p&gt;Open or type x/y data, choose the spacing and the edge order, and see the curve and its derivative together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;Die Ableitung tabellarischer Daten, genau so berechnet, wie &lt;code&gt;numpy.gradient&lt;/code&gt; sie berechnet (bitgenau auf float64).&lt;/p&gt;&lt;p&gt;Öffnen oder tippen Sie x/y-Daten, wählen Sie den Abstand und die Randordnung und sehen Sie die Kurve und ihre Ableitung zusammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation>Spalte l&amp;öschen</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open several files, each in a tab of its own</source>
        <translation>Mehrere Dateien öffnen, jede in einem eigenen Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>Close the table shown (asks about unsaved changes)</source>
        <translation>Die angezeigte Tabelle schließen (fragt bei ungespeicherten Änderungen nach)</translation>
    </message>
    <message>
        <source>Apply the current settings and method to several files: one derivative CSV each, in a folder</source>
        <translation>Die aktuellen Einstellungen und das Verfahren auf mehrere Dateien anwenden: je eine Ableitungs-CSV, in einem Ordner</translation>
    </message>
    <message>
        <source>Save the data file&apos;s place (or the edited table), the settings, the zoom and the classroom state as a .tangent session</source>
        <translation>Den Ort der Datendatei (oder die bearbeitete Tabelle), die Einstellungen, den Zoom und den Unterrichtszustand als .tangent-Sitzung speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>With a smoothing method: draw y − smoothed against an axis of its own</source>
        <translation>Mit einem Glättungsverfahren: y − geglättet auf einer eigenen Achse zeichnen</translation>
    </message>
    <message>
        <source>Every smoothing method against the exact derivative on noisy data, and RMSE against the noise</source>
        <translation>Jedes Glättungsverfahren gegenüber der exakten Ableitung bei verrauschten Daten, und der RMSE gegenüber dem Rauschen</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Tangent</source>
        <translation>%1 (%2)[*] — Tangent</translation>
    </message>
    <message>
        <source>Open Severa&amp;l…</source>
        <translation>&amp;Mehrere öffnen…</translation>
    </message>
    <message>
        <source>Export Derivatives of Several &amp;Files…</source>
        <translation>Ableitungen mehrerer Dateien export&amp;ieren…</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>Sitzu&amp;ng speichern…</translation>
    </message>
    <message>
        <source>Show Resi&amp;duals</source>
        <translation>&amp;Residuen zeigen</translation>
    </message>
    <message>
        <source>N&amp;oise and Methods…</source>
        <translation>R&amp;auschen und Verfahren…</translation>
    </message>
    <message>
        <source>Open a CSV, .npy, .xlsx or .ods file</source>
        <translation>Eine CSV-, .npy-, .xlsx- oder .ods-Datei öffnen</translation>
    </message>
    <message>
        <source>Tangent</source>
        <translation>Tangent</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MethodPanel</name>
    <message>
        <source>numpy.gradient (exact)</source>
        <translation>numpy.gradient (exakt)</translation>
    </message>
    <message>
        <source>How the derivative is computed: numpy.gradient exactly, or a method that smooths noisy data first (docs/smoothing.md)</source>
        <translation>Wie die Ableitung berechnet wird: genau mit numpy.gradient oder mit einem Verfahren, das verrauschte Daten zuerst glättet (docs/smoothing.md)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>Exactly numpy.gradient: no smoothing.</source>
        <translation>Genau numpy.gradient: keine Glättung.</translation>
    </message>
    <message>
        <source>λ:</source>
        <translation>λ:</translation>
    </message>
    <message>
        <source>by GC&amp;V</source>
        <translation>per &amp;GCV</translation>
    </message>
    <message>
        <source>Smoothing spline: weight λ of the curvature ∫f&apos;&apos;² against the misfit Σ(y − f)²</source>
        <translation>Glättungsspline: Gewicht λ der Krümmung ∫f&apos;&apos;² gegenüber der Abweichung Σ(y − f)²</translation>
    </message>
    <message>
        <source>α:</source>
        <translation>α:</translation>
    </message>
    <message>
        <source>&amp;auto</source>
        <translation>&amp;auto</translation>
    </message>
    <message>
        <source>Total variation: weight α of the derivative&apos;s total variation</source>
        <translation>Totalvariation: Gewicht α der Totalvariation der Ableitung</translation>
    </message>
    <message>
        <source>log₁₀(q/r):</source>
        <translation>log₁₀(q/r):</translation>
    </message>
    <message>
        <source>Kalman smoother: process noise q against measurement noise r, as log10(q/r)</source>
        <translation>Kalman-Glätter: Prozessrauschen q gegenüber Messrauschen r, als log10(q/r)</translation>
    </message>
    <message>
        <source>Tangent picks the method and its parameter by cross-validation.</source>
        <translation>Tangent wählt das Verfahren und seinen Parameter durch Kreuzvalidierung.</translation>
    </message>
    <message>
        <source>Automatic: the core chooses the value from the data (cross-validation, GCV or maximum likelihood; docs/smoothing.md) and the slider shows it</source>
        <translation>Automatisch: Der Kern wählt den Wert aus den Daten (Kreuzvalidierung, GCV oder Maximum-Likelihood; docs/smoothing.md), und der Schieberegler zeigt ihn an</translation>
    </message>
    <message>
        <source>Savitzky–Golay: the window in points (odd)</source>
        <translation>Savitzky–Golay: das Fenster in Punkten (ungerade)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Savitzky–Golay: order of the polynomial fitted in each window (less than the window)</source>
        <translation>Savitzky–Golay: Ordnung des in jedem Fenster angepassten Polynoms (kleiner als das Fenster)</translation>
    </message>
    <message>
        <source>&amp;Polynomial order:</source>
        <translation>&amp;Polynomordnung:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Ran: %1</source>
        <translation>Ausgeführt: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MethodsLessonDialog</name>
    <message>
        <source>exact f′ (left)</source>
        <translation>exaktes f′ (links)</translation>
    </message>
    <message>
        <source>its σ (right)</source>
        <translation>sein σ (rechts)</translation>
    </message>
    <message>
        <source>Noise and Methods</source>
        <translation>Rauschen und Verfahren</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Parameters used</source>
        <translation>Verwendete Parameter</translation>
    </message>
    <message>
        <source>RMSE of f′</source>
        <translation>RMSE von f′</translation>
    </message>
    <message>
        <source>× numpy</source>
        <translation>× numpy</translation>
    </message>
    <message>
        <source>A difference quotient divides the noise by the spacing: noise of size σ on samples h apart gives numpy.gradient an error of about σ/(h·√2), whatever the function. Halving h to cut the truncation error doubles the noise, so on measured data the derivative is mostly noise. Every smoothing method fits the data over several rows before differentiating: it trades a little bias (the true curve is smoothed too) for much less variance. On the right, numpy&apos;s line rises in step with σ (slope 1); the smoothing methods rise more slowly, and at very small σ, where there is nothing to remove, their bias can make them worse than numpy. Every level uses the same noise seed, scaled.</source>
        <translation>Ein Differenzenquotient teilt das Rauschen durch den Abstand: Rauschen der Größe σ auf Abtastwerten im Abstand h gibt numpy.gradient einen Fehler von etwa σ/(h·√2), unabhängig von der Funktion. Wer h halbiert, um den Abbruchfehler zu verringern, verdoppelt das Rauschen, daher ist die Ableitung gemessener Daten überwiegend Rauschen. Jedes Glättungsverfahren passt die Daten über mehrere Zeilen an, bevor es ableitet: Es tauscht eine kleine Verzerrung (auch die wahre Kurve wird geglättet) gegen eine viel kleinere Varianz. Rechts steigt die Linie von numpy im Gleichschritt mit σ (Steigung 1); die Glättungsverfahren steigen langsamer, und bei sehr kleinem σ, wo es nichts zu entfernen gibt, kann ihre Verzerrung sie schlechter als numpy machen. Jede Stufe verwendet denselben Startwert für das Rauschen, skaliert.</translation>
    </message>
    <message>
        <source>Derivative of the noisy samples, by method</source>
        <translation>Ableitung der verrauschten Abtastwerte, nach Verfahren</translation>
    </message>
    <message>
        <source>exact f′</source>
        <translation>exaktes f′</translation>
    </message>
    <message>
        <source>RMSE of the derivative against the noise σ</source>
        <translation>RMSE der Ableitung über dem Rauschen σ</translation>
    </message>
    <message>
        <source>noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>σ of the chart on the left</source>
        <translation>σ des linken Diagramms</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4 points, Gaussian noise σ = %5%6, from the Function Lab&apos;s seed.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; auf [%2, %3], %4 Punkte, gaußsches Rauschen σ = %5%6, mit dem Startwert des Funktionslabors.</translation>
    </message>
    <message>
        <source> (2% of f&apos;s spread: the lab has no noise)</source>
        <translation> (2 % der Spannweite von f: Das Labor hat kein Rauschen)</translation>
    </message>
    <message>
        <source>Computing the noise sweep…</source>
        <translation>Rauschdurchlauf wird berechnet…</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Keine Untersuchung: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No sweep: %1</source>
        <translation>Kein Durchlauf: %1</translation>
    </message>
    <message>
        <source>Noise sweep: %1 levels of σ, %2 points each, the same noise scaled.</source>
        <translation>Rauschdurchlauf: %1 Stufen von σ, je %2 Punkte, dasselbe Rauschen skaliert.</translation>
    </message>
    <message>
        <source>95% &amp;band of:</source>
        <translation>95-%-&amp;Band von:</translation>
    </message>
    <message>
        <source>every method</source>
        <translation>jedem Verfahren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinem</translation>
    </message>
    <message>
        <source>Shade value ± 1.96 sd, the band the noise gives each method&apos;s derivative</source>
        <translation>Wert ± 1,96 sd schattieren, das Band, das das Rauschen der Ableitung jedes Verfahrens gibt</translation>
    </message>
    <message>
        <source>Band covers f′</source>
        <translation>Band enthält f′</translation>
    </message>
    <message>
        <source>How often the exact derivative lies inside the method&apos;s 95% band (interior points); 95% is right</source>
        <translation>Wie oft die exakte Ableitung im 95-%-Band des Verfahrens liegt (innere Punkte); 95 % ist richtig</translation>
    </message>
    <message>
        <source>The shaded bands are each method&apos;s 95% interval, value ± 1.96 sd: the noise σ, estimated from the samples, carried through the method. A band is honest when it holds the exact derivative about 95% of the time (the table&apos;s last column). numpy&apos;s band is honest but wide; a smoothing method&apos;s is narrow and still holds the truth, which is why its line with a band says more than numpy&apos;s line. Where the curve bends sharply the smoothing&apos;s bias is not in the band, and coverage drops. Total variation has no band.</source>
        <translation>Die schattierten Bänder sind das 95-%-Intervall jedes Verfahrens, Wert ± 1,96 sd: das Rauschen σ, aus den Stichproben geschätzt, durch das Verfahren getragen. Ein Band ist ehrlich, wenn es die exakte Ableitung in etwa 95 % der Fälle enthält (die letzte Spalte der Tabelle). Das Band von numpy ist ehrlich, aber breit; das eines Glättungsverfahrens ist schmal und enthält trotzdem die Wahrheit, deshalb sagt seine Linie mit Band mehr als die Linie von numpy. Wo die Kurve scharf abknickt, liegt die Verzerrung der Glättung nicht im Band, und die Überdeckung sinkt. Totale Variation hat kein Band.</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>Band von %1</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>kein Band</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MethodsPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent): inside, g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) with h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;; for evenly spaced x, (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Ends: one-sided, first order (edge_order=1) or second order (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt;: inside, g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;); ends (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) and (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Average of slopes&lt;/b&gt; (Origin&apos;s Differentiate; SciDAVis and QtiPlot drop the two ends): inside, g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)]; ends as MATLAB&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent): im Inneren g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) mit h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;; für gleichmäßig verteiltes x (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Ränder: einseitig, erster Ordnung (edge_order=1) oder zweiter Ordnung (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt;: im Inneren g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;); Ränder (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) und (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Mittelwert der Steigungen&lt;/b&gt; (Differentiate in Origin; SciDAVis und QtiPlot lassen die beiden Ränder weg): im Inneren g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)]; Ränder wie bei MATLAB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The same data differentiated three ways</source>
        <translation>Dieselben Daten auf drei Arten abgeleitet</translation>
    </message>
    <message>
        <source>derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>Residuals against numpy (method − numpy)</source>
        <translation>Residuen gegenüber numpy (Verfahren − numpy)</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>%1 − numpy</source>
        <translation>%1 − numpy</translation>
    </message>
    <message>
        <source>d(%1)/dx</source>
        <translation>d(%1)/dx</translation>
    </message>
    <message>
        <source>numpy is computed with edge_order=%1, as in the document.</source>
        <translation>numpy wird wie im Dokument mit edge_order=%1 berechnet.</translation>
    </message>
    <message>
        <source>x is evenly spaced, so all three compute (y[i+1] − y[i−1]) / 2h inside and one-sided slopes at the ends: they agree with numpy up to rounding. Jitter x in the Function Lab to see them part. </source>
        <translation>x ist gleichmäßig verteilt, daher berechnen alle drei im Inneren (y[i+1] − y[i−1]) / 2h und an den Rändern einseitige Steigungen: Sie stimmen bis auf Rundung mit numpy überein. Verrauschen Sie x im Funktionslabor, um sie auseinandergehen zu sehen. </translation>
    </message>
    <message>
        <source>x is evenly spaced, so the interiors agree up to rounding; numpy&apos;s second-order ends differ from the others&apos; one-sided slopes. </source>
        <translation>x ist gleichmäßig verteilt, daher stimmen die Innenbereiche bis auf Rundung überein; die Ränder zweiter Ordnung von numpy weichen von den einseitigen Steigungen der anderen ab. </translation>
    </message>
    <message>
        <source>x is unevenly spaced: numpy weights the two gaps on each side (second-order accurate), while MATLAB&apos;s gradient and the average of slopes are only first-order accurate inside, hence the residuals. </source>
        <translation>x ist ungleichmäßig verteilt: numpy gewichtet die beiden Abstände auf jeder Seite (Genauigkeit zweiter Ordnung), während gradient von MATLAB und der Mittelwert der Steigungen im Inneren nur Genauigkeit erster Ordnung haben, daher die Residuen. </translation>
    </message>
</context>
<context>
    <name>tangent::ui::NoiseBanner</name>
    <message>
        <source>Use &amp;Automatic</source>
        <translation>Au&amp;tomatisch verwenden</translation>
    </message>
    <message>
        <source>Let Tangent choose a smoothing method and its parameter (one undo step)</source>
        <translation>Tangent ein Glättungsverfahren und seinen Parameter wählen lassen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this note for this file (the Diagnostics dock keeps it)</source>
        <translation>Diesen Hinweis für diese Datei ausblenden (der Bereich „Diagnose“ behält ihn)</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; is mostly noise (signal-to-noise ratio %2).</source>
        <translation>Die Ableitung von „%1“ mit numpy.gradient ist überwiegend Rauschen (Signal-Rausch-Verhältnis %2).</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative is mostly noise.</source>
        <translation>Die Ableitung mit numpy.gradient ist überwiegend Rauschen.</translation>
    </message>
    <message>
        <source>Other columns too (%1 in all).</source>
        <translation>Andere Spalten ebenfalls (%1 insgesamt).</translation>
    </message>
    <message>
        <source>A smoothing method shows the trend under the noise.</source>
        <translation>Ein Glättungsverfahren zeigt den Trend unter dem Rauschen.</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; cannot be told apart from its noise.</source>
        <translation>Die Ableitung von „%1“ durch numpy.gradient ist nicht von ihrem Rauschen zu unterscheiden.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::PaletteText</name>
    <message>
        <source>Colours: system (the desktop&apos;s, by default), light, dark or high-contrast.</source>
        <translation>Farben: system (die des Desktops, voreingestellt), light (hell), dark (dunkel) oder high-contrast (hoher Kontrast).</translation>
    </message>
    <message>
        <source>--palette: unknown palette &apos;%1&apos;; use one of %2</source>
        <translation>--palette: unbekannte Farbpalette „%1“; verwenden Sie eine von %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes — Tangent</source>
        <translation>Ungespeicherte Änderungen wiederherstellen — Tangent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recover unsaved changes&lt;/h3&gt;&lt;p&gt;Tangent did not close normally. These tables had changes that were not saved. &lt;b&gt;Restore&lt;/b&gt; opens them again, marked as modified, to save or keep editing; &lt;b&gt;Discard&lt;/b&gt; throws the changes away. Your files on disk have not been changed either way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ungespeicherte Änderungen wiederherstellen&lt;/h3&gt;&lt;p&gt;Tangent wurde nicht normal beendet. Diese Tabellen hatten Änderungen, die nicht gespeichert wurden. &lt;b&gt;Wiederherstellen&lt;/b&gt; öffnet sie erneut, als geändert markiert, zum Speichern oder Weiterbearbeiten; &lt;b&gt;Verwerfen&lt;/b&gt; wirft die Änderungen weg. Ihre Dateien auf der Festplatte bleiben in beiden Fällen unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Damaged recovery file</source>
        <translation>Beschädigte Wiederherstellungsdatei</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryText</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>column %1 has an unknown kind %2</source>
        <translation>Spalte %1 hat eine unbekannte Art %2</translation>
    </message>
    <message>
        <source>column %1 claims %2 values; the file is shorter</source>
        <translation>Spalte %1 gibt %2 Werte an; die Datei ist kürzer</translation>
    </message>
    <message>
        <source>the file ends inside column %1</source>
        <translation>die Datei endet innerhalb von Spalte %1</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>den Einstellungen</translation>
    </message>
    <message>
        <source>the settings are damaged</source>
        <translation>die Einstellungen sind beschädigt</translation>
    </message>
    <message>
        <source>the settings are out of range</source>
        <translation>die Einstellungen liegen außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the file ends inside %1</source>
        <translation>die Datei endet innerhalb von %1</translation>
    </message>
    <message>
        <source>not a Tangent recovery file</source>
        <translation>keine Wiederherstellungsdatei von Tangent</translation>
    </message>
    <message>
        <source>written in format %1; this Tangent reads format %2</source>
        <translation>im Format %1 geschrieben; dieses Tangent liest Format %2</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>dem Kopf</translation>
    </message>
    <message>
        <source>negative column count</source>
        <translation>negative Spaltenanzahl</translation>
    </message>
    <message>
        <source>column %1 has a different number of rows</source>
        <translation>Spalte %1 hat eine andere Zeilenanzahl</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>den Gruppen</translation>
    </message>
    <message>
        <source>the group column is damaged</source>
        <translation>die Gruppenspalte ist beschädigt</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos;</source>
        <translation>dem Text von Spalte „%1“</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos; has the wrong length</source>
        <translation>der Text von Spalte „%1“ hat die falsche Länge</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ResidualTableModel</name>
    <message>
        <source>0 (the reference)</source>
        <translation>0 (die Referenz)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>max |method − numpy|</source>
        <translation>max |Verfahren − numpy|</translation>
    </message>
    <message>
        <source>at row</source>
        <translation>in Zeile</translation>
    </message>
    <message>
        <source>RMS residual</source>
        <translation>RMS-Residuum</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SessionController</name>
    <message>
        <source>Where is %1?</source>
        <translation>Wo ist %1?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Tangent sessions (*.tangent)</source>
        <translation>Tangent-Sitzungen (*.tangent)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>Sitzung %1 gespeichert</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>its settings do not fit the table: %1</source>
        <translation>ihre Einstellungen passen nicht zur Tabelle: %1</translation>
    </message>
    <message>
        <source>Opened the session %1, but the columns of %2 are not those it was saved with (%3): check the settings</source>
        <translation>Sitzung %1 geöffnet, aber die Spalten von %2 sind nicht die, mit denen sie gespeichert wurde (%3): Prüfen Sie die Einstellungen</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <source>its data file %1 was not found; the session was not opened</source>
        <translation>ihre Datendatei %1 wurde nicht gefunden; die Sitzung wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>its data file could not be read: %1</source>
        <translation>ihre Datendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening the session %1 was cancelled</source>
        <translation>Öffnen der Sitzung %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SettingsPanel</name>
    <message>
        <source>Where the spacing comes from: an x column (coordinates, as numpy.gradient(y, x)) or a uniform spacing dx (as numpy.gradient(y, dx))</source>
        <translation>Woher der Abstand kommt: eine x-Spalte (Koordinaten, wie numpy.gradient(y, x)) oder ein gleichmäßiger Abstand dx (wie numpy.gradient(y, dx))</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x von:</translation>
    </message>
    <message>
        <source>Uniform spacing between samples (numpy&apos;s scalar spacing)</source>
        <translation>Gleichmäßiger Abstand zwischen den Abtastwerten (skalarer Abstand von numpy)</translation>
    </message>
    <message>
        <source>&amp;dx:</source>
        <translation>&amp;dx:</translation>
    </message>
    <message>
        <source>Columns to differentiate</source>
        <translation>Abzuleitende Spalten</translation>
    </message>
    <message>
        <source>&amp;y columns:</source>
        <translation>&amp;y-Spalten:</translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <source>First-order one-sided differences at the ends (numpy&apos;s default)</source>
        <translation>Einseitige Differenzen erster Ordnung an den Rändern (Voreinstellung von numpy)</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends (needs at least 3 points)</source>
        <translation>Einseitige Differenzen zweiter Ordnung an den Rändern (braucht mindestens 3 Punkte)</translation>
    </message>
    <message>
        <source>Edge order:</source>
        <translation>Randordnung:</translation>
    </message>
    <message>
        <source>Derivative order: the gradient applied this many times</source>
        <translation>Ableitungsordnung: so oft wird der Gradient angewendet</translation>
    </message>
    <message>
        <source>Derivative &amp;order:</source>
        <translation>Ableitungs&amp;ordnung:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Time unit of the derivative when x is a date column</source>
        <translation>Zeiteinheit der Ableitung, wenn x eine Datumsspalte ist</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>&amp;Zeiteinheit:</translation>
    </message>
    <message>
        <source>Uniform spacing dx</source>
        <translation>Gleichmäßiger Abstand dx</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Spalte: %1</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends</source>
        <translation>Einseitige Differenzen zweiter Ordnung an den Rändern</translation>
    </message>
    <message>
        <source>Edge order 2 needs at least %1 points</source>
        <translation>Randordnung 2 braucht mindestens %1 Punkte</translation>
    </message>
    <message>
        <source>Edge order 1</source>
        <translation>Randordnung 1</translation>
    </message>
    <message>
        <source>Edge order 2</source>
        <translation>Randordnung 2</translation>
    </message>
    <message>
        <source>y columns</source>
        <translation>y-Spalten</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of this column on their own (rows of a group may be spread through the file), one curve per group</source>
        <translation>Daten im Langformat: Die Zeilen jedes Werts dieser Spalte für sich ableiten (die Zeilen einer Gruppe dürfen über die Datei verteilt sein), eine Kurve pro Gruppe</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Gr&amp;uppieren nach:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The edge order applies to numpy.gradient only: the smoothing method chosen below treats the ends its own way</source>
        <translation>Die Randordnung gilt nur für numpy.gradient: Das unten gewählte Glättungsverfahren behandelt die Ränder auf seine eigene Weise</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SheetChooser</name>
    <message>
        <source>Choose a sheet</source>
        <translation>Blatt wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s). Which one should be opened?</source>
        <translation>
            <numerusform>%1 hat %n Blatt. Welches soll geöffnet werden?</numerusform>
            <numerusform>%1 hat %n Blätter. Welches soll geöffnet werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (leer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartPage</name>
    <message>
        <source>&amp;Open a File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;The derivative of tabular data, computed exactly as numpy.gradient computes it.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;Die Ableitung tabellarischer Daten, genau so berechnet, wie numpy.gradient sie berechnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Open the bundled sample %1</source>
        <translation>Das mitgelieferte Beispiel %1 öffnen</translation>
    </message>
    <message>
        <source>Or drop CSV, .npy or .tangent files anywhere here: each opens in a tab.</source>
        <translation>Oder CSV-, .npy- oder .tangent-Dateien irgendwo hier ablegen: Jede öffnet sich in einem Tab.</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>No recent files yet: open one, or start with a sample.</source>
        <translation>Noch keine zuletzt geöffneten Dateien: Öffnen Sie eine oder beginnen Sie mit einem Beispiel.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartupOptions</name>
    <message>
        <source>Render the window to the PNG FILE once shown, then quit.</source>
        <translation>Das Fenster nach dem Anzeigen in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Show the tangent at row N (0-based) once loaded.</source>
        <translation>Nach dem Laden die Tangente in Zeile N (ab 0 gezählt) zeigen.</translation>
    </message>
    <message>
        <source>Select row N (0-based) in the table once loaded (the Explain panel explains it).</source>
        <translation>Nach dem Laden Zeile N (ab 0 gezählt) in der Tabelle auswählen (der Bereich „Erklärung“ erklärt sie).</translation>
    </message>
    <message>
        <source>Generate data from EXPR (Function Lab) with the exact derivative and error shown, instead of opening a sample.</source>
        <translation>Daten aus EXPR erzeugen (Funktionslabor), mit exakter Ableitung und Fehler, statt ein Beispiel zu öffnen.</translation>
    </message>
    <message>
        <source>Function Lab: number of points.</source>
        <translation>Funktionslabor: Anzahl der Punkte.</translation>
    </message>
    <message>
        <source>Function Lab: noise standard deviation.</source>
        <translation>Funktionslabor: Standardabweichung des Rauschens.</translation>
    </message>
    <message>
        <source>Function Lab: random seed.</source>
        <translation>Funktionslabor: Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>Function Lab: jitter x by up to J of a step (&lt; 1).</source>
        <translation>Funktionslabor: x um bis zu J eines Schritts verrauschen (&lt; 1).</translation>
    </message>
    <message>
        <source>Open DIALOG: convergence, compare-edges, compare-methods or whole-computation.</source>
        <translation>Den Dialog DIALOG öffnen: convergence, compare-edges, compare-methods oder whole-computation.</translation>
    </message>
    <message>
        <source>--show: unknown dialog &apos;%1&apos;</source>
        <translation>--show: unbekannter Dialog „%1“</translation>
    </message>
    <message>
        <source>Chart layout: overlay, stacked or multiples (this window only; View &gt; Layout remembers a choice).</source>
        <translation>Diagrammanordnung: overlay, stacked oder multiples (nur dieses Fenster; Ansicht &gt; Anordnung merkt sich eine Wahl).</translation>
    </message>
    <message>
        <source>--layout: unknown layout &apos;%1&apos; (use overlay, stacked or multiples)</source>
        <translation>--layout: unbekannte Anordnung &apos;%1&apos; (overlay, stacked oder multiples verwenden)</translation>
    </message>
    <message>
        <source>A table (*.csv *.tsv *.txt *.dat), a workbook (*.xlsx *.ods), an array (*.npy) or a session (*.tangent) to open; several files open in tabs</source>
        <translation>Eine Tabelle (*.csv *.tsv *.txt *.dat), eine Arbeitsmappe (*.xlsx *.ods), ein Array (*.npy) oder eine Sitzung (*.tangent) zum Öffnen; mehrere Dateien öffnen sich in Tabs</translation>
    </message>
    <message>
        <source>Open the bundled sample NAME (without a file or a sample, the start page shows).</source>
        <translation>Das mitgelieferte Beispiel NAME öffnen (ohne Datei oder Beispiel erscheint die Startseite).</translation>
    </message>
    <message>
        <source>Window size WxH, e.g. 1280x780; with --export-figure the figure&apos;s size, in pixels or with cm, mm or in.</source>
        <translation>Fenstergröße WxH, z. B. 1280x780; mit --export-figure die Größe der Abbildung, in Pixeln oder mit cm, mm oder in.</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx or .ods file to open, by name or 1-based position.</source>
        <translation>Das zu öffnende Blatt einer .xlsx- oder .ods-Datei, nach Name oder Position (ab 1 gezählt).</translation>
    </message>
    <message>
        <source>--sheet applies to one .xlsx or .ods file to open</source>
        <translation>--sheet gilt für genau eine zu öffnende .xlsx- oder .ods-Datei</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band (this window only; View &gt; Uncertainty Band remembers a choice).</source>
        <translation>Das 95-%-Unsicherheitsband jeder Ableitung schattieren (nur dieses Fenster; Ansicht &gt; Unsicherheitsband merkt sich eine Wahl).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TabController</name>
    <message>
        <source>Open several files</source>
        <translation>Mehrere Dateien öffnen</translation>
    </message>
    <message>
        <source>Still reading a file; wait for it or cancel it first</source>
        <translation>Es wird noch eine Datei gelesen; warten Sie darauf oder brechen Sie sie zuerst ab</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableModel</name>
    <message>
        <source>NaN: a gap or a repeated x next to this row</source>
        <translation>NaN: eine Lücke oder ein wiederholtes x neben dieser Zeile</translation>
    </message>
    <message>
        <source>gap (NaN)</source>
        <translation>Lücke (NaN)</translation>
    </message>
    <message>
        <source>(row %1, column &apos;%2&apos;)</source>
        <translation>(Zeile %1, Spalte „%2“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date %2; write it as 2024-01-31 or 2024-01-31T12:00:00</source>
        <translation>„%1“ ist kein Datum %2; schreiben Sie es als 2024-01-31 oder 2024-01-31T12:00:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number %2</source>
        <translation>„%1“ ist keine Zahl %2</translation>
    </message>
    <message>
        <source>Computed as %1</source>
        <translation>Berechnet als %1</translation>
    </message>
    <message>
        <source>%1
This column holds text that is neither numbers nor dates: it is not differentiated, but it can group the rows (Group by).</source>
        <translation>%1
Diese Spalte enthält Text, der weder Zahlen noch Datumsangaben sind: Sie wird nicht abgeleitet, kann aber die Zeilen gruppieren (Gruppieren nach).</translation>
    </message>
</context>
</TS>
