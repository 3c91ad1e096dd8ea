<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CoreMessage</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of values?</source>
        <translation>cette ligne de commentaire dépasse %1 Mio, le maximum que Tangent lit en une ligne ; est-ce bien un tableau de valeurs ?</translation>
    </message>
    <message>
        <source>this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check that its lines end with line breaks and that every quote is closed</source>
        <translation>cette ligne dépasse %1 Mio, le maximum que Tangent lit en une ligne ; est-ce bien un tableau de valeurs ? Vérifiez que ses lignes se terminent par des sauts de ligne et que chaque guillemet est fermé</translation>
    </message>
    <message>
        <source>this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with %2 between them?</source>
        <translation>cette ligne a plus de %1 champs, le maximum que Tangent lit en une ligne ; est-ce bien un tableau de valeurs séparées par %2 ?</translation>
    </message>
    <message>
        <source>this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>cette ligne a 1 champ mais %3 en a %1 ; les champs sont séparés par %2 : cherchez dans cette ligne un séparateur manquant ou en trop, et mettez entre guillemets les valeurs qui en contiennent un</translation>
    </message>
    <message>
        <source>this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>cette ligne a %1 champs mais %4 en a %2 ; les champs sont séparés par %3 : cherchez dans cette ligne un séparateur manquant ou en trop, et mettez entre guillemets les valeurs qui en contiennent un</translation>
    </message>
    <message>
        <source>the header (line %1)</source>
        <translation>l’en-tête (ligne %1)</translation>
    </message>
    <message>
        <source>the first row (line %1)</source>
        <translation>la première ligne (ligne %1)</translation>
    </message>
    <message>
        <source>this line is blank but the table has %1 columns; delete the line, or write NA for each missing value</source>
        <translation>cette ligne est vide mais le tableau a %1 colonnes ; supprimez la ligne, ou écrivez NA pour chaque valeur manquante</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has only comment lines (&apos;#&apos;) and no table</source>
        <translation>le fichier ne contient que des lignes de commentaire (« # ») et aucun tableau</translation>
    </message>
    <message>
        <source>the file has a header but no data rows; add rows of values below the header</source>
        <translation>le fichier a un en-tête mais aucune ligne de données ; ajoutez des lignes de valeurs sous l’en-tête</translation>
    </message>
    <message>
        <source>the quoted field that starts on this line is never closed; add the missing closing quote (&quot;), and write a quote inside a quoted field as &quot;&quot;</source>
        <translation>le champ entre guillemets qui commence sur cette ligne n’est jamais fermé ; ajoutez le guillemet fermant manquant (&quot;), et écrivez un guillemet à l’intérieur d’un champ entre guillemets sous la forme &quot;&quot;</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as &quot;&quot;</source>
        <translation>texte inattendu après un guillemet fermant ; mettez tout le champ entre guillemets et écrivez un guillemet à l’intérieur sous la forme &quot;&quot;</translation>
    </message>
    <message>
        <source>give either an x column or a uniform spacing dx, not both</source>
        <translation>donnez soit une colonne x, soit un pas uniforme dx, pas les deux</translation>
    </message>
    <message>
        <source>the spacing dx must be a finite number other than 0</source>
        <translation>le pas dx doit être un nombre fini différent de 0</translation>
    </message>
    <message>
        <source>--smoothed needs a --method other than numpy (numpy.gradient does not smooth)</source>
        <translation>--smoothed demande une --method autre que numpy (numpy.gradient ne lisse pas)</translation>
    </message>
    <message>
        <source>--edge-order belongs to --method numpy; --method %1 treats the ends itself</source>
        <translation>--edge-order appartient à --method numpy ; --method %1 traite les bords lui-même</translation>
    </message>
    <message>
        <source>--noise-sd is the noise level of the uncertainty band; add --uncertainty</source>
        <translation>--noise-sd est le niveau de bruit de la bande d&apos;incertitude ; ajoutez --uncertainty</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is left out: &apos;%2&apos; is not a number (fix the cell, or --strict to make this an error)</source>
        <translation>la colonne « %1 » est laissée de côté : « %2 » n’est pas un nombre (corrigez la cellule, ou --strict pour en faire une erreur)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x</source>
        <translation>il n’y a aucune colonne numérique à dériver en dehors de x</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x and the group</source>
        <translation>il n’y a aucune colonne numérique à dériver en dehors de x et du groupe</translation>
    </message>
    <message>
        <source>no uncertainty band for &apos;%1&apos;: %2</source>
        <translation>pas de bande d&apos;incertitude pour « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot differentiate &apos;%1&apos;: %2</source>
        <translation>impossible de dériver « %1 » : %2</translation>
    </message>
    <message>
        <source>the group column cannot also be the x column</source>
        <translation>la colonne de groupe ne peut pas être aussi la colonne x</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric; choose another column</source>
        <translation>la colonne %1 « %2 » n’est pas numérique ; choisissez une autre colonne</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric (&apos;%3&apos; is not a number); fix the cell or choose another column</source>
        <translation>la colonne %1 « %2 » n’est pas numérique (« %3 » n’est pas un nombre) ; corrigez la cellule ou choisissez une autre colonne</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>impossible de lisser « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) decreases throughout; the derivatives are still correct</source>
        <translation>x (« %1 ») décroît partout ; les dérivées restent correctes</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across each step back are meaningless</source>
        <translation>x (« %1 ») n’est pas croissant : %2 vient après %3 ; numpy.gradient ne trie pas, donc les pentes à travers chaque recul n’ont pas de sens</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x (« %1 ») se répète (%2 deux fois de suite) : le pas y est 0, donc les pentes voisines sont infinies ou NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x (« %1 ») se répète (%2 deux fois de suite, et à %3 autre(s) endroit(s)) : le pas y est 0, donc les pentes voisines sont infinies ou NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN</source>
        <translation>x (« %1 ») a %2 trou(s) (cellules vides ou NaN), le premier ici : les dérivées voisines sont NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then uses its non-uniform formula, and so does tangent-cli</source>
        <translation>x (« %1 ») est régulièrement espacé à %2 près (en relatif) mais pas exactement (pas de %3 à %4) : numpy utilise alors sa formule non uniforme, et tangent-cli aussi</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has 1 row, too few for %2 (needs %3)</source>
        <translation>le groupe « %1 » a 1 ligne, trop peu pour %2 (il en faut %3)</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 rows, too few for %3 (needs %4)</source>
        <translation>le groupe « %1 » a %2 lignes, trop peu pour %3 (il en faut %4)</translation>
    </message>
    <message>
        <source>cannot differentiate group &apos;%1&apos;: %2</source>
        <translation>impossible de dériver le groupe « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot smooth group &apos;%1&apos;: %2</source>
        <translation>impossible de lisser le groupe « %1 » : %2</translation>
    </message>
    <message>
        <source>warning: %1; its derivative cells are left empty</source>
        <translation>avertissement : %1 ; ses cellules de dérivée restent vides</translation>
    </message>
    <message>
        <source>%1 must be a finite number above 0, not %2</source>
        <translation>%1 doit être un nombre fini supérieur à 0, pas %2</translation>
    </message>
    <message>
        <source>--order must be 1 or more, not %1</source>
        <translation>--order doit valoir 1 ou plus, pas %1</translation>
    </message>
    <message>
        <source>--method %1 gives derivatives up to order %2, not %3</source>
        <translation>--method %1 donne des dérivées jusqu’à l’ordre %2, pas %3</translation>
    </message>
    <message>
        <source>--polyorder must be 0 or more, not %1</source>
        <translation>--polyorder doit valoir 0 ou plus, pas %1</translation>
    </message>
    <message>
        <source>--iterations must be 1 or more, not %1</source>
        <translation>--iterations doit valoir 1 ou plus, pas %1</translation>
    </message>
    <message>
        <source>--ratio (log10 of q/r) must be a finite number, not %1</source>
        <translation>--ratio (log10 de q/r) doit être un nombre fini, pas %1</translation>
    </message>
    <message>
        <source>numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing methods</source>
        <translation>numpy.gradient (--method numpy) dérive sans lisser ; ce n’est pas une des méthodes de lissage</translation>
    </message>
    <message>
        <source>the savgol window must be odd (a centre point and as many on each side), not %1</source>
        <translation>la fenêtre savgol doit être impaire (un point central et autant de chaque côté), pas %1</translation>
    </message>
    <message>
        <source>the savgol polyorder %1 must be less than the window %2</source>
        <translation>l’ordre polynomial savgol %1 doit être inférieur à la fenêtre %2</translation>
    </message>
    <message>
        <source>the savgol window %1 is too small; use at least 3 points</source>
        <translation>la fenêtre savgol %1 est trop petite ; utilisez au moins 3 points</translation>
    </message>
    <message>
        <source>a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order</source>
        <translation>un polynôme d’ordre %1 n’a pas de dérivée d’ordre %2 ; augmentez --polyorder ou baissez --order</translation>
    </message>
    <message>
        <source>the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most %3</source>
        <translation>la fenêtre savgol %1 est plus longue que les données (%2 points qui ne sont pas NaN) ; utilisez une fenêtre d’au plus %3</translation>
    </message>
    <message>
        <source>%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge repeated x values</source>
        <translation>%1 demande des x strictement croissants, mais x = %2 ne vient pas après %3 ; triez les lignes par x et fusionnez les valeurs de x répétées</translation>
    </message>
    <message>
        <source>there are %1 x values for %2 y values</source>
        <translation>il y a %1 valeurs de x pour %2 valeurs de y</translation>
    </message>
    <message>
        <source>the spacing must be a finite number above 0 for this method</source>
        <translation>le pas doit être un nombre fini supérieur à 0 pour cette méthode</translation>
    </message>
    <message>
        <source>an infinite value cannot be smoothed; replace it or leave the cell empty</source>
        <translation>une valeur infinie ne peut pas être lissée ; remplacez-la ou laissez la cellule vide</translation>
    </message>
    <message>
        <source>%1 needs at least %2 points that are not NaN, but there are %3</source>
        <translation>%1 demande au moins %2 points qui ne sont pas NaN, mais il y en a %3</translation>
    </message>
    <message>
        <source>the smoothing system is not positive definite (is x spread over too wide a range, or the parameter extreme?)</source>
        <translation>le système de lissage n’est pas défini positif (x s’étend-il sur une plage trop large, ou le paramètre est-il extrême ?)</translation>
    </message>
    <message>
        <source>total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of the data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol for a band</source>
        <translation>la variation totale (tvr) n’a pas de bande d&apos;incertitude : sa dérivée n’est pas une fonction linéaire ou gaussienne des données, donc aucun écart type honnête ne découle du niveau de bruit ; utilisez spline, kalman ou savgol pour une bande</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: %2</source>
        <translation>groupe « %1 » : %2</translation>
    </message>
    <message>
        <source>the Savitzky–Golay band needs the window and polyorder that were used</source>
        <translation>la bande Savitzky–Golay demande la fenêtre et l’ordre polynomial utilisés</translation>
    </message>
    <message>
        <source>only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show</source>
        <translation>seuls numpy.gradient et Savitzky–Golay sont une pondération fixe de y ; %1 n’a pas de poids à montrer</translation>
    </message>
    <message>
        <source>the Savitzky–Golay weights need the window and polyorder that were used</source>
        <translation>les poids Savitzky–Golay demandent la fenêtre et l’ordre polynomial utilisés</translation>
    </message>
    <message>
        <source>the noise level (--noise-sd) must be a finite number of 0 or more, not %1</source>
        <translation>le niveau de bruit (--noise-sd) doit être un nombre fini supérieur ou égal à 0, pas %1</translation>
    </message>
    <message>
        <source>cannot estimate the noise level for the band: %1; give it instead (--noise-sd)</source>
        <translation>impossible d’estimer le niveau de bruit pour la bande : %1 ; donnez-le plutôt (--noise-sd)</translation>
    </message>
    <message>
        <source>the band needs the method auto chose (SmoothingResult::used), not auto itself</source>
        <translation>la bande demande la méthode choisie par auto (SmoothingResult::used), pas auto lui-même</translation>
    </message>
    <message>
        <source>the spline&apos;s band is computed for the first derivative only; use kalman or savgol for a band of order %1</source>
        <translation>la bande de la spline n’est calculée que pour la dérivée première ; utilisez kalman ou savgol pour une bande d’ordre %1</translation>
    </message>
    <message>
        <source>the spline&apos;s band needs the λ that was used</source>
        <translation>la bande de la spline demande le λ utilisé</translation>
    </message>
    <message>
        <source>the Kalman band needs the ratio that was used</source>
        <translation>la bande de Kalman demande le rapport utilisé</translation>
    </message>
    <message>
        <source>the file is empty; expected an .npy file, which starts with \x93NUMPY</source>
        <translation>le fichier est vide ; un fichier .npy était attendu, qui commence par \x93NUMPY</translation>
    </message>
    <message>
        <source>this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</source>
        <translation>c’est une archive .npz (un zip de fichiers .npy), pas un fichier .npy ; extrayez un tableau avec numpy, p. ex. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</translation>
    </message>
    <message>
        <source>not an .npy file: it starts with &apos;%1&apos; instead of the magic string \x93NUMPY; save the array with numpy.save</source>
        <translation>pas un fichier .npy : il commence par « %1 » au lieu de la chaîne magique \x93NUMPY ; enregistrez le tableau avec numpy.save</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0</source>
        <translation>version du format .npy %1 non prise en charge ; Tangent lit les versions 1.0, 2.0 et 3.0</translation>
    </message>
    <message>
        <source>truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is incomplete</source>
        <translation>en-tête tronqué : la longueur d’en-tête à l’octet 8 indique %1 octets, mais seuls %2 suivent ; le fichier est incomplet</translation>
    </message>
    <message>
        <source>truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete</source>
        <translation>données tronquées : %1 octets de données attendus pour la forme %2 de %3, %4 trouvés ; le fichier est incomplet</translation>
    </message>
    <message>
        <source>this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)</source>
        <translation>cette archive zip n’est pas un classeur : elle n’a ni xl/workbook.xml (.xlsx) ni content.xml (.ods)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has 1 sheet: %2</source>
        <translation>il n’y a pas de feuille « %1 » ; le classeur a 1 feuille : %2</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has %2 sheets: %3</source>
        <translation>il n’y a pas de feuille « %1 » ; le classeur a %2 feuilles : %3</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is empty</source>
        <translation>la feuille « %1 » est vide</translation>
    </message>
    <message>
        <source>the workbook is encrypted (password-protected); open it in its spreadsheet program and save it without a password</source>
        <translation>le classeur est chiffré (protégé par mot de passe) ; ouvrez-le dans son tableur et enregistrez-le sans mot de passe</translation>
    </message>
    <message>
        <source>this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it as .xlsx or .ods</source>
        <translation>c’est un fichier composé OLE (comme un ancien classeur binaire .xls), pas un zip .xlsx ou .ods ; enregistrez-le en .xlsx ou .ods</translation>
    </message>
    <message>
        <source>this is not a zip archive, so not an .xlsx or .ods workbook (%1)</source>
        <translation>ce n’est pas une archive zip, donc pas un classeur .xlsx ou .ods (%1)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>feuille « %1 » : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)</source>
        <translation>cette archive zip n’est pas un classeur .xlsx (elle n’a pas de xl/workbook.xml)</translation>
    </message>
    <message>
        <source>this zip archive is not an .ods workbook (it has no content.xml)</source>
        <translation>cette archive zip n’est pas un classeur .ods (elle n’a pas de content.xml)</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the file is too large for the memory available: %3 needs about %1, but only %2 are free; close other programs, or split the file into smaller parts</source>
        <translation>le fichier est trop grand pour la mémoire disponible : %3 demande environ %1, mais seuls %2 sont libres ; fermez d&apos;autres programmes ou découpez le fichier en parties plus petites</translation>
    </message>
    <message>
        <source>a spacing must be a single number or a 1-D array of coordinates, not an array of %1 dimensions (numpy: distances must be either scalars or 1d)</source>
        <translation>un pas doit être un nombre seul ou un tableau 1-D de coordonnées, pas un tableau à %1 dimensions (numpy : distances must be either scalars or 1d)</translation>
    </message>
    <message>
        <source>axis %1 is out of bounds for array of dimension %2 (valid axes are %3 to %4)</source>
        <translation>l&apos;axe %1 est hors des limites d&apos;un tableau de dimension %2 (les axes valides vont de %3 à %4)</translation>
    </message>
    <message>
        <source>repeated axis: axis %1 selects a dimension that is already selected</source>
        <translation>axe répété : l&apos;axe %1 sélectionne une dimension déjà sélectionnée</translation>
    </message>
    <message>
        <source>edge order %1 is not supported: use 1 or 2 (numpy: &apos;edge_order&apos; greater than 2 not supported)</source>
        <translation>l&apos;ordre aux bords %1 n&apos;est pas pris en charge : utilisez 1 ou 2 (numpy : &apos;edge_order&apos; greater than 2 not supported)</translation>
    </message>
    <message>
        <source>axis %1 has 1 point, but edge order %2 needs at least %3 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>l&apos;axe %1 a 1 point, mais l&apos;ordre aux bords %2 en demande au moins %3 (numpy : Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points, but edge order %3 needs at least %4 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>l&apos;axe %1 a %2 points, mais l&apos;ordre aux bords %3 en demande au moins %4 (numpy : Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points but %3 coordinates were given; give exactly one coordinate per point (numpy: when 1d, distances must match the length of the corresponding dimension)</source>
        <translation>l&apos;axe %1 a %2 points mais %3 coordonnées ont été données ; donnez exactement une coordonnée par point (numpy : when 1d, distances must match the length of the corresponding dimension)</translation>
    </message>
    <message>
        <source>axis %1 has %2 coordinate(s), so there is no spacing between points (numpy: IndexError: index 0 is out of bounds for axis 0 with size 0)</source>
        <translation>l&apos;axe %1 a %2 coordonnée(s), il n&apos;y a donc pas d&apos;écart entre les points (numpy : IndexError: index 0 is out of bounds for axis 0 with size 0)</translation>
    </message>
    <message>
        <source>%1 spacings were given for %2 selected axes; give none, one number for all axes, or one per selected axis (numpy: invalid number of arguments)</source>
        <translation>%1 pas ont été donnés pour %2 axes sélectionnés ; n&apos;en donnez aucun, un nombre pour tous les axes, ou un par axe sélectionné (numpy : invalid number of arguments)</translation>
    </message>
    <message>
        <source>derivative order %1 is not supported: use 1 or more</source>
        <translation>l&apos;ordre de dérivée %1 n&apos;est pas pris en charge : utilisez 1 ou plus</translation>
    </message>
    <message>
        <source>the derivative order must be at least 1, not %1</source>
        <translation>l&apos;ordre de dérivée doit être au moins 1, pas %1</translation>
    </message>
    <message>
        <source>there is no column &apos;%1&apos;; the columns are %2 (give a header name or a 1-based index)</source>
        <translation>il n&apos;y a pas de colonne &apos;%1&apos; ; les colonnes sont %2 (donnez un nom d&apos;en-tête ou un indice à partir de 1)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x; the columns are %1</source>
        <translation>il n&apos;y a aucune colonne numérique à dériver en dehors de x ; les colonnes sont %1</translation>
    </message>
    <message>
        <source>malformed .npy header at byte %1: %3. The header reads: %2</source>
        <translation>en-tête .npy mal formé à l&apos;octet %1 : %3. L&apos;en-tête dit : %2</translation>
    </message>
    <message>
        <source>expected the header to start with &apos;{&apos;</source>
        <translation>l&apos;en-tête devrait commencer par &apos;{&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après une valeur</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>texte inattendu après le &apos;}&apos; fermant</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>la clé &apos;%1&apos; manque</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>une clé entre guillemets est attendue</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;; an .npy header has exactly the keys &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;</source>
        <translation>clé inattendue &apos;%1&apos; ; un en-tête .npy a exactement les clés &apos;descr&apos;, &apos;fortran_order&apos; et &apos;shape&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>&apos;:&apos; attendu après la clé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the dtype, e.g. &apos;&lt;f8&apos;, in quotes</source>
        <translation>le type de données est attendu entre guillemets, par ex. &apos;&lt;f8&apos;</translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; must be True or False, not &apos;%1&apos;</source>
        <translation>&apos;fortran_order&apos; doit valoir True ou False, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;shape&apos; must be a tuple such as (3, 4), not a list</source>
        <translation>&apos;shape&apos; doit être un tuple comme (3, 4), pas une liste</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; to start the shape tuple</source>
        <translation>&apos;(&apos; attendu pour ouvrir le tuple de la forme</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la forme</translation>
    </message>
    <message>
        <source>the shape (%1) is not a tuple; numpy writes a one-dimensional shape as (%1,)</source>
        <translation>la forme (%1) n&apos;est pas un tuple ; numpy écrit une forme à une dimension (%1,)</translation>
    </message>
    <message>
        <source>a dimension of the shape is negative</source>
        <translation>une dimension de la forme est négative</translation>
    </message>
    <message>
        <source>a dimension of the shape is too large</source>
        <translation>une dimension de la forme est trop grande</translation>
    </message>
    <message>
        <source>expected a non-negative integer in the shape, found &apos;%1&apos;</source>
        <translation>un entier positif ou nul est attendu dans la forme, trouvé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unsupported dtype: a structured (record) dtype with named fields; Tangent reads plain arrays of %1. Save one field instead, e.g. np.save(path, array[&apos;x&apos;])</source>
        <translation>type de données non pris en charge : un type structuré (enregistrement) à champs nommés ; Tangent lit des tableaux simples de %1. Enregistrez plutôt un seul champ, par ex. np.save(path, array[&apos;x&apos;])</translation>
    </message>
    <message>
        <source>float64 (f8), float32 (f4), signed integers (i1, i2, i4, i8) and unsigned integers (u1, u2, u4, u8), little or big endian</source>
        <translation>float64 (f8), float32 (f4), entiers signés (i1, i2, i4, i8) et entiers non signés (u1, u2, u4, u8), petit-boutiste ou gros-boutiste</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos;; Tangent reads %2. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>type de données &apos;%1&apos; non pris en charge ; Tangent lit %2. Convertissez d&apos;abord le tableau, par ex. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos; (%2); Tangent reads %3. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>type de données &apos;%1&apos; (%2) non pris en charge ; Tangent lit %3. Convertissez d&apos;abord le tableau, par ex. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16 (demi-précision)</translation>
    </message>
    <message>
        <source>a floating-point size other than 4 or 8 bytes</source>
        <translation>une taille de flottant autre que 4 ou 8 octets</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complexe</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>booléens (bool)</translation>
    </message>
    <message>
        <source>Python objects, stored with pickle</source>
        <translation>des objets Python, enregistrés avec pickle</translation>
    </message>
    <message>
        <source>Unicode strings</source>
        <translation>des chaînes Unicode</translation>
    </message>
    <message>
        <source>byte strings</source>
        <translation>des chaînes d&apos;octets</translation>
    </message>
    <message>
        <source>datetime64</source>
        <translation>dates (datetime64)</translation>
    </message>
    <message>
        <source>timedelta64</source>
        <translation>durées (timedelta64)</translation>
    </message>
    <message>
        <source>raw bytes</source>
        <translation>des octets bruts</translation>
    </message>
    <message>
        <source>an integer size other than 1, 2, 4 or 8 bytes</source>
        <translation>une taille d&apos;entier autre que 1, 2, 4 ou 8 octets</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, before the format version</source>
        <translation>fichier .npy tronqué : il se termine après %1 octets, avant la version du format</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, inside the header length at byte 8</source>
        <translation>fichier .npy tronqué : il se termine après %1 octets, dans la longueur d&apos;en-tête à l&apos;octet 8</translation>
    </message>
    <message>
        <source>the shape %1 of %2 is too large</source>
        <translation>la forme %1 de %2 est trop grande</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>impossible de lire le fichier : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>sa lecture</translation>
    </message>
    <message>
        <source>its about %1 rows of 1 column</source>
        <translation>ses quelque %1 lignes d&apos;une colonne</translation>
    </message>
    <message>
        <source>its about %1 rows of %2 columns</source>
        <translation>ses quelque %1 lignes de %2 colonnes</translation>
    </message>
    <message>
        <source>the text of its %1 text columns</source>
        <translation>le texte de ses %1 colonnes de texte</translation>
    </message>
    <message>
        <source>its %1 values of shape %2</source>
        <translation>ses %1 valeurs de forme %2</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>feuille &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; spans %2 rows of %3 columns, more than the %4 cells Tangent reads</source>
        <translation>la feuille &apos;%1&apos; s&apos;étend sur %2 lignes de %3 colonnes, plus que les %4 cellules que Tangent lit</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has a cell at row %2, column %3, beyond the %4 rows and %5 columns a sheet can have</source>
        <translation>la feuille &apos;%1&apos; a une cellule à la ligne %2, colonne %3, au-delà des %4 lignes et %5 colonnes qu&apos;une feuille peut avoir</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has more than %2 cells, more than Tangent reads</source>
        <translation>la feuille &apos;%1&apos; a plus de %2 cellules, plus que Tangent n&apos;en lit</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</source>
        <translation>feuille &apos;%1&apos; : &apos;%2&apos; n&apos;est pas une référence de cellule</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: %2</source>
        <translation>feuille &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>la chaîne partagée %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date</source>
        <translation>&apos;%1&apos; n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a date Tangent can show</source>
        <translation>%1 n&apos;est pas une date que Tangent peut afficher</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: its part %2 is missing</source>
        <translation>feuille &apos;%1&apos; : sa partie %2 manque</translation>
    </message>
    <message>
        <source>out of memory reading the workbook&apos;s part %1</source>
        <translation>mémoire épuisée en lisant la partie %1 du classeur</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 has a document type declaration, which workbooks never have</source>
        <translation>la partie %1 du classeur a une déclaration de type de document, ce que les classeurs n&apos;ont jamais</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is not well-formed XML (line %2): %3</source>
        <translation>la partie %1 du classeur n&apos;est pas du XML bien formé (ligne %2) : %3</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>impossible de lire le classeur</translation>
    </message>
    <message>
        <source>cannot open the workbook&apos;s zip archive: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;archive zip du classeur : %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>la partie %1 du classeur est endommagée</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is encrypted; save it without a password</source>
        <translation>la partie %1 du classeur est chiffrée ; enregistrez-le sans mot de passe</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 declares %2 uncompressed, over the limit of %3 (a zip bomb, or a sheet too big to read)</source>
        <translation>la partie %1 du classeur déclare %2 non compressés, au-delà de la limite de %3 (une bombe zip, ou une feuille trop grande à lire)</translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s part %1: %2</source>
        <translation>impossible de lire la partie %1 du classeur : %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged: %2</source>
        <translation>la partie %1 du classeur est endommagée : %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is shorter than it declares</source>
        <translation>la partie %1 du classeur est plus courte qu&apos;annoncé</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is longer than it declares</source>
        <translation>la partie %1 du classeur est plus longue qu&apos;annoncé</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the workbook</source>
        <translation>impossible de créer un fichier temporaire pour le classeur</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>impossible d&apos;écrire le classeur : %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: out of memory</source>
        <translation>impossible d&apos;écrire le classeur : mémoire épuisée</translation>
    </message>
    <message>
        <source>cannot reopen the workbook written</source>
        <translation>impossible de rouvrir le classeur écrit</translation>
    </message>
    <message>
        <source>its sheet is missing</source>
        <translation>sa feuille manque</translation>
    </message>
    <message>
        <source>its sheet cannot be read back</source>
        <translation>sa feuille ne peut pas être relue</translation>
    </message>
    <message>
        <source>its sheet does not hold the numbers written</source>
        <translation>sa feuille ne contient pas les nombres écrits</translation>
    </message>
    <message>
        <source>the result has %1 rows; a worksheet holds %2 below its header (write CSV instead)</source>
        <translation>le résultat a %1 lignes ; une feuille de calcul en contient %2 sous son en-tête (écrivez plutôt du CSV)</translation>
    </message>
    <message>
        <source>the result has %1 columns; a worksheet holds %2 (write CSV instead)</source>
        <translation>le résultat a %1 colonnes ; une feuille de calcul en contient %2 (écrivez plutôt du CSV)</translation>
    </message>
    <message>
        <source>%1 expects a number, not &apos;%2&apos;</source>
        <translation>%1 attend un nombre, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not &apos;%2&apos;</source>
        <translation>%1 attend un nombre entier, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a finite number above 0, not &apos;%1&apos;</source>
        <translation>--noise-sd attend un nombre fini supérieur à 0, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas, not &apos;%1&apos;</source>
        <translation>--noise-sd attend un nombre, ou des paires COLONNE=S séparées par des virgules, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd gives column &apos;%1&apos; twice</source>
        <translation>--noise-sd donne la colonne &apos;%1&apos; deux fois</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas</source>
        <translation>--noise-sd attend un nombre, ou des paires COLONNE=S séparées par des virgules</translation>
    </message>
    <message>
        <source>--x expects a column name or 1-based index</source>
        <translation>--x attend un nom de colonne ou un indice à partir de 1</translation>
    </message>
    <message>
        <source>--y expects one or more column names or 1-based indexes, separated by commas</source>
        <translation>--y attend un ou plusieurs noms de colonnes ou indices à partir de 1, séparés par des virgules</translation>
    </message>
    <message>
        <source>--time-unit expects s, min, h, d or y, not &apos;%1&apos;</source>
        <translation>--time-unit attend s, min, h, d ou y, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--group expects a column name or 1-based index</source>
        <translation>--group attend un nom de colonne ou un indice à partir de 1</translation>
    </message>
    <message>
        <source>--edge-order must be 1 or 2, not %1</source>
        <translation>--edge-order doit valoir 1 ou 2, pas %1</translation>
    </message>
    <message>
        <source>--method expects numpy, savgol, spline, tvr, kalman or auto, not &apos;%1&apos;</source>
        <translation>--method attend numpy, savgol, spline, tvr, kalman ou auto, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recipe option (see tangent-cli --help)</source>
        <translation>&apos;%1&apos; n&apos;est pas une option de recette (voir tangent-cli --help)</translation>
    </message>
    <message>
        <source>%2 at position %1</source>
        <translation>%2 à la position %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;</source>
        <translation>&apos;)&apos; manquante</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>fin d&apos;expression inattendue</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (the variable is x; functions include sin, cos, exp, ln, sqrt, abs)</source>
        <translation>nom inconnu &apos;%1&apos; (la variable est x ; les fonctions incluent sin, cos, exp, ln, sqrt, abs)</translation>
    </message>
    <message>
        <source>unexpected operator &apos;%1&apos;</source>
        <translation>opérateur inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected number &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>nombre inattendu &apos;%1&apos; (manque-t-il un opérateur avant ?)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (is an operator missing before it? write 3*x, not 3x)</source>
        <translation>&apos;%1&apos; inattendu (manque-t-il un opérateur avant ? écrivez 3*x, pas 3x)</translation>
    </message>
    <message>
        <source>unexpected function &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>fonction inattendue &apos;%1&apos; (manque-t-il un opérateur avant ?)</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos;</source>
        <translation>&apos;,&apos; inattendue</translation>
    </message>
    <message>
        <source>too many arguments for &apos;%1&apos;</source>
        <translation>trop d&apos;arguments pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>too few arguments for &apos;%1&apos;</source>
        <translation>trop peu d&apos;arguments pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>cannot read the expression: %1</source>
        <translation>impossible de lire l&apos;expression : %1</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos; at position %1 (give one expression; min(a, b) and max(a, b) take commas)</source>
        <translation>&apos;,&apos; inattendue à la position %1 (donnez une seule expression ; min(a, b) et max(a, b) prennent des virgules)</translation>
    </message>
    <message>
        <source>at least 2 points are needed, not %1</source>
        <translation>il faut au moins 2 points, pas %1</translation>
    </message>
    <message>
        <source>the range must be finite with from &lt; to</source>
        <translation>l&apos;intervalle doit être fini, avec de &lt; à</translation>
    </message>
    <message>
        <source>jitter must be at least 0 and below 1 (a fraction of the step)</source>
        <translation>la gigue doit être au moins 0 et inférieure à 1 (une fraction du pas)</translation>
    </message>
    <message>
        <source>noise must be a standard deviation of 0 or more</source>
        <translation>le bruit doit être un écart type de 0 ou plus</translation>
    </message>
    <message>
        <source>a convergence study needs at least 3 points per run, not %1</source>
        <translation>une étude de convergence demande au moins 3 points par passe, pas %1</translation>
    </message>
    <message>
        <source>cannot create a file in its folder: %1</source>
        <translation>impossible de créer un fichier dans son dossier : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in its folder</source>
        <translation>impossible de créer un fichier temporaire dans son dossier</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>cannot open the file for writing: %1</source>
        <translation>impossible d&apos;ouvrir le fichier en écriture : %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>impossible de remplacer le fichier : %1</translation>
    </message>
    <message>
        <source>--noise-sd names column &apos;%1&apos;, which is not differentiated; the columns differentiated are %2</source>
        <translation>--noise-sd nomme la colonne &apos;%1&apos;, qui n&apos;est pas dérivée ; les colonnes dérivées sont %2</translation>
    </message>
    <message>
        <source>--explain shows first derivatives only; --order %1 cannot be explained (drop --order, or use --order 1)</source>
        <translation>--explain ne montre que les dérivées premières ; --order %1 ne peut pas être expliqué (retirez --order, ou utilisez --order 1)</translation>
    </message>
    <message>
        <source>computing --method %1 in memory</source>
        <translation>le calcul avec --method %1 en mémoire</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>N&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Aucun espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Trop de fichiers ouverts dans le système</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Impossible d&apos;allouer de la mémoire</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 Po</translation>
    </message>
    <message>
        <source>%1 EB</source>
        <translation>%1 Eo</translation>
    </message>
    <message>
        <source>Not a zip archive</source>
        <translation>Pas une archive zip</translation>
    </message>
    <message>
        <source>Zip archive inconsistent</source>
        <translation>Archive zip incohérente</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>Erreur de CRC</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Premature end of file</source>
        <translation>Fin de fichier prématurée</translation>
    </message>
    <message>
        <source>Compression method not supported</source>
        <translation>Méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>Encryption method not supported</source>
        <translation>Méthode de chiffrement non prise en charge</translation>
    </message>
    <message>
        <source>Compressed data invalid</source>
        <translation>Données compressées invalides</translation>
    </message>
    <message>
        <source>Malloc failure</source>
        <translation>Échec d&apos;allocation mémoire</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Erreur de lecture : %1</translation>
    </message>
    <message>
        <source>Seek error: %1</source>
        <translation>Erreur de positionnement : %1</translation>
    </message>
    <message>
        <source>Write error: %1</source>
        <translation>Erreur d&apos;écriture : %1</translation>
    </message>
    <message>
        <source>Can&apos;t open file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>Failure to create temporary file: %1</source>
        <translation>Impossible de créer le fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Renaming temporary file failed: %1</source>
        <translation>Échec du renommage du fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Closing zip archive failed: %1</source>
        <translation>Échec de la fermeture de l&apos;archive zip : %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>aucun élément trouvé</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>mal formé (jeton invalide)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>jeton non fermé</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>caractère partiel</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>balise non appariée</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>attribut en double</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>données parasites après l&apos;élément racine</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entité non définie</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>section CDATA non fermée</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>référence à un numéro de caractère invalide</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>préfixe non lié</translation>
    </message>
    <message>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>l&apos;encodage indiqué dans la déclaration XML est incorrect</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>encodage inconnu</translation>
    </message>
    <message>
        <source>Memory error, failed to malloc() required memory.</source>
        <translation>Erreur mémoire : la mémoire nécessaire n&apos;a pas pu être allouée.</translation>
    </message>
    <message>
        <source>Error creating output xlsx file. Usually a permissions error.</source>
        <translation>Erreur lors de la création du fichier xlsx de sortie, le plus souvent un problème de permissions.</translation>
    </message>
    <message>
        <source>Error encountered when creating a tmpfile during file assembly.</source>
        <translation>Erreur lors de la création d&apos;un fichier temporaire pendant l&apos;assemblage du fichier.</translation>
    </message>
    <message>
        <source>Error reading a tmpfile.</source>
        <translation>Erreur de lecture d&apos;un fichier temporaire.</translation>
    </message>
    <message>
        <source>Zip generic error ZIP_ERRNO while creating the xlsx file.</source>
        <translation>Erreur zip générale (ZIP_ERRNO) lors de la création du fichier xlsx.</translation>
    </message>
    <message>
        <source>File error or unknown zip error when adding sub file to xlsx file.</source>
        <translation>Erreur de fichier ou erreur zip inconnue lors de l&apos;ajout d&apos;un sous-fichier au fichier xlsx.</translation>
    </message>
    <message>
        <source>Unknown zip error when closing xlsx file.</source>
        <translation>Erreur zip inconnue lors de la fermeture du fichier xlsx.</translation>
    </message>
    <message>
        <source>text in quotes is not a number; write the expression with numbers and x</source>
        <translation>un texte entre guillemets n&apos;est pas un nombre ; écrivez l&apos;expression avec des nombres et x</translation>
    </message>
    <message>
        <source>the text in quotes is never closed, and quotes have no place here</source>
        <translation>le texte entre guillemets n&apos;est jamais fermé, et les guillemets n&apos;ont pas leur place ici</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>&apos;?&apos; needs &apos;:&apos; and a value for the other case, as in x &gt; 0 ? x : 0</source>
        <translation>« ? » demande « : » et une valeur pour l&apos;autre cas, comme dans x &gt; 0 ? x : 0</translation>
    </message>
    <message>
        <source>&apos;:&apos; without a &apos;?&apos; before it</source>
        <translation>« : » sans « ? » avant lui</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>a function is used outside its domain (such as sqrt(-1) or ln(0))</source>
        <translation>une fonction est utilisée hors de son domaine (comme sqrt(-1) ou ln(0))</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>un nom est trop long</translation>
    </message>
    <message>
        <source>the expression is too long</source>
        <translation>l&apos;expression est trop longue</translation>
    </message>
    <message>
        <source>the expression holds characters that cannot be read (control characters)</source>
        <translation>l&apos;expression contient des caractères illisibles (caractères de contrôle)</translation>
    </message>
    <message>
        <source>the expression needs too many computations</source>
        <translation>l&apos;expression demande trop de calculs</translation>
    </message>
    <message>
        <source>standard input (-) cannot be one of several inputs</source>
        <translation>l&apos;entrée standard (-) ne peut pas être l&apos;une de plusieurs entrées</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; would both be written to &apos;%3&apos;; give them different names or run them separately</source>
        <translation>« %1 » et « %2 » seraient tous deux écrits dans « %3 » ; donnez-leur des noms différents ou traitez-les séparément</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be replaced by its own result; choose another output folder</source>
        <translation>« %1 » serait remplacé par son propre résultat ; choisissez un autre dossier de sortie</translation>
    </message>
    <message>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>impossible de créer le dossier de sortie « %1 » : %2</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>un fichier de ce nom gêne</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method %3</source>
        <translation>%1 appartient à --method %2, pas à --method %3</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method auto (auto chooses the method and its parameters itself)</source>
        <translation>%1 appartient à --method %2, pas à --method auto (auto choisit lui-même la méthode et ses paramètres)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a text column: if the file holds one series per %1, one after another (long format), differentiate each on its own rows with %2</source>
        <translation>&apos;%1&apos; est une colonne de texte : si le fichier contient une série par %1, l&apos;une après l&apos;autre (format long), dérivez chacune sur ses propres lignes avec %2</translation>
    </message>
</context>
<context>
    <name>DerivativeCommand</name>
    <message>
        <source>Write the derivative CSV that File &gt; Export Derivative CSV writes to FILE, without showing a window, then quit; with several files, or a FOLDER/, export each as Export Derivatives of Several Files does and print its summary.</source>
        <translation>Écrire dans FICHIER le CSV de la dérivée qu&apos;écrit Fichier &gt; Exporter la dérivée en CSV, sans afficher de fenêtre, puis quitter ; avec plusieurs fichiers, ou un DOSSIER/, exporter chacun comme le fait Exporter les dérivées de plusieurs fichiers et afficher son résumé.</translation>
    </message>
    <message>
        <source>--export-derivatives: name the FILE to differentiate</source>
        <translation>--export-derivatives : indiquez le FICHIER à dériver</translation>
    </message>
    <message numerus="yes">
        <source>--export-derivatives: %n files need a FOLDER/ for their results, not &apos;%1&apos;</source>
        <translation>
            <numerusform>--export-derivatives : %n fichier a besoin d&apos;un DOSSIER/ pour son résultat, pas de « %1 »</numerusform>
            <numerusform>--export-derivatives : %n fichiers ont besoin d&apos;un DOSSIER/ pour leurs résultats, pas de « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>there is nothing to differentiate</source>
        <translation>il n&apos;y a rien à dériver</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>EquivalentCall</name>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>The window is chosen when the derivative is computed.</source>
        <translation>La fenêtre est choisie au moment du calcul de la dérivée.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of every window; scipy&apos;s savgol_filter would spread them.</source>
        <translation>La colonne a des trous, que Tangent exclut de chaque fenêtre ; savgol_filter de scipy les propagerait.</translation>
    </message>
    <message>
        <source>x is not evenly spaced: Tangent fits each window in the actual x, which scipy&apos;s savgol_filter (uniform spacing only) cannot.</source>
        <translation>x n’est pas régulièrement espacé : Tangent ajuste chaque fenêtre sur les x réels, ce que savgol_filter de scipy (pas uniforme seulement) ne peut pas faire.</translation>
    </message>
    <message>
        <source>λ is chosen when the derivative is computed.</source>
        <translation>λ est choisi au moment du calcul de la dérivée.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of the fit; scipy&apos;s make_smoothing_spline refuses them.</source>
        <translation>La colonne a des trous, que Tangent exclut de l’ajustement ; make_smoothing_spline de scipy les refuse.</translation>
    </message>
    <message>
        <source>scipy has no equivalent of this method.</source>
        <translation>scipy n’a pas d’équivalent de cette méthode.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>term</source>
        <translation>terme</translation>
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
        <translation>… %1 poids de plus …</translation>
    </message>
    <message>
        <source>Row %1 is a gap: it takes no part in any window, and its value is interpolated between its neighbours&apos; (docs/smoothing.md, &quot;Gaps&quot;).</source>
        <translation>La ligne %1 est un trou : elle ne participe à aucune fenêtre, et sa valeur est interpolée entre celles de ses voisines (docs/smoothing.md, « Gaps »).</translation>
    </message>
    <message>
        <source>Above %L1 rows the weights are shown for columns without gaps.</source>
        <translation>Au-delà de %L1 lignes, les poids ne sont affichés que pour les colonnes sans trous.</translation>
    </message>
    <message>
        <source>Row %1 · index i = %2 · %3</source>
        <translation>Ligne %1 · indice i = %2 · %3</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>f′[i] = Σ cⱼ · y[i+j]</source>
        <translation>f′[i] = Σ cⱼ · y[i+j]</translation>
    </message>
    <message>
        <source>The weights at this row</source>
        <translation>Les poids à cette ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The same with tangent-cli</source>
        <translation>La même chose avec tangent-cli</translation>
    </message>
    <message>
        <source>The same in Python</source>
        <translation>La même chose en Python</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Ligne %1 (i = %2) : %3</translation>
    </message>
    <message>
        <source>derivative = %1</source>
        <translation>dérivée = %1</translation>
    </message>
    <message>
        <source>numpy&apos;s value here is a weighted sum of y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>La valeur de numpy est ici une somme pondérée de valeurs de y. Un bruit d&apos;écart type σ sur chaque y, indépendant d&apos;une ligne à l&apos;autre, lui donne l&apos;écart type σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>Savitzky–Golay&apos;s value here is a weighted sum of the window&apos;s y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>La valeur de Savitzky–Golay est ici une somme pondérée des valeurs de y de la fenêtre. Un bruit d&apos;écart type σ sur chaque y, indépendant d&apos;une ligne à l&apos;autre, lui donne l&apos;écart type σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>The smoothing spline at the chosen λ is linear in y too: its band is the standard deviation the noise σ gives its derivative through the spline, computed along the whole curve at once (Wahba&apos;s Bayesian posterior, about twice as wide inside, is not what is shaded).</source>
        <translation>La spline de lissage au λ choisi est elle aussi linéaire en y : sa bande est l&apos;écart type que le bruit σ donne à sa dérivée à travers la spline, calculé sur toute la courbe à la fois (la loi a posteriori bayésienne de Wahba, environ deux fois plus large à l&apos;intérieur, n&apos;est pas ce qui est ombré).</translation>
    </message>
    <message>
        <source>The Kalman smoother carries how uncertain each state is: the band is the smoothed variance of its derivative state, from the noise σ and the process noise the ratio sets.</source>
        <translation>Le lisseur de Kalman porte l&apos;incertitude de chaque état : la bande est la variance lissée de son état dérivée, issue du bruit σ et du bruit de processus que fixe le rapport.</translation>
    </message>
    <message>
        <source>Uncertainty band</source>
        <translation>Bande d&apos;incertitude</translation>
    </message>
    <message>
        <source>Noise on y (estimated from the data)</source>
        <translation>Bruit sur y (estimé à partir des données)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>95% band (value ± 1.96 sd)</source>
        <translation>Bande à 95 % (valeur ± 1,96 sd)</translation>
    </message>
</context>
<context>
    <name>FigureCommand</name>
    <message>
        <source>Write the chart&apos;s whole figure to FILE (.png, .svg or .pdf) without showing a window, then quit. --size sets its size (WxH in pixels, or with cm, mm or in).</source>
        <translation>Écrire la figure entière du graphique dans FILE (.png, .svg ou .pdf) sans afficher de fenêtre, puis quitter. --size fixe sa taille (WxH en pixels, ou avec cm, mm ou in).</translation>
    </message>
    <message>
        <source>--export-figure: dots per inch (default 96), for sizes in cm or in and for the page size.</source>
        <translation>--export-figure : points par pouce (96 par défaut), pour les tailles en cm ou in et pour la taille de la page.</translation>
    </message>
    <message>
        <source>--export-figure: light (default) or dark.</source>
        <translation>--export-figure : light (clair, par défaut) ou dark (sombre).</translation>
    </message>
    <message>
        <source>--export-figure: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>--export-figure : « %1 » doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--dpi: &apos;%1&apos; is not a number</source>
        <translation>--dpi : « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>--theme: use light or dark, not &apos;%1&apos;</source>
        <translation>--theme : utilisez light ou dark, pas « %1 »</translation>
    </message>
    <message>
        <source>--export-figure: name one file, not %1</source>
        <translation>--export-figure : indiquez un seul fichier, pas %1</translation>
    </message>
    <message>
        <source>--export-figure: name the FILE to draw (or a --sample or a --function-lab)</source>
        <translation>--export-figure : indiquez le fichier FILE à dessiner (ou un --sample ou un --function-lab)</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>le fichier n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>il n’y a rien à dessiner</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>Tangent figure</source>
        <translation>Figure Tangent</translation>
    </message>
    <message>
        <source>The figure could not be drawn.</source>
        <translation>La figure n’a pas pu être dessinée.</translation>
    </message>
</context>
<context>
    <name>FigureSpec</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation>La résolution doit être comprise entre %1 et %2 DPI, pas %3.</translation>
    </message>
    <message>
        <source>The figure must be at least 16 pixels wide and high, not %1×%2.</source>
        <translation>La figure doit faire au moins 16 pixels de large et de haut, pas %1×%2.</translation>
    </message>
    <message>
        <source>The figure must be at most %1 pixels wide and high, not %2×%3.</source>
        <translation>La figure doit faire au plus %1 pixels de large et de haut, pas %2×%3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size: use WxH in pixels (1600x900), or with cm, mm or in (17x10cm).</source>
        <translation>« %1 » n’est pas une taille : utilisez WxH en pixels (1600x900), ou avec cm, mm ou in (17x10cm).</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>Savitzky–Golay fits a polynomial of order %1 by least squares to the %2 rows around each row and differentiates it there. That is a fixed weighted sum of the rows&apos; y values, shown below.</source>
        <translation>Savitzky–Golay ajuste par moindres carrés un polynôme d’ordre %1 aux %2 lignes qui entourent chaque ligne et le dérive en ce point. C’est une somme pondérée fixe des valeurs y des lignes, affichée ci-dessous.</translation>
    </message>
    <message>
        <source>The window was chosen by generalised cross-validation of the smoothed curve: the widest window whose score is within one standard error of the best.</source>
        <translation>La fenêtre a été choisie par validation croisée généralisée de la courbe lissée : la fenêtre la plus large dont le score est à moins d’une erreur type du meilleur.</translation>
    </message>
    <message>
        <source>The window was set by hand.</source>
        <translation>La fenêtre a été réglée à la main.</translation>
    </message>
    <message>
        <source>The smoothing spline is the natural cubic spline f that minimises Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx: the first sum keeps f near the data, the integral penalises its curvature. Its derivative is taken at the data&apos;s x. Here λ = %1.</source>
        <translation>La spline de lissage est la spline cubique naturelle f qui minimise Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx : la première somme maintient f près des données, l’intégrale pénalise sa courbure. Sa dérivée est prise aux x des données. Ici λ = %1.</translation>
    </message>
    <message>
        <source>λ was chosen by generalised cross-validation, which estimates how well f would predict a left-out sample.</source>
        <translation>λ a été choisi par validation croisée généralisée, qui estime à quel point f prédirait bien un échantillon laissé de côté.</translation>
    </message>
    <message>
        <source>λ was set by hand; a larger λ gives a smoother f.</source>
        <translation>λ a été réglé à la main ; un λ plus grand donne un f plus lisse.</translation>
    </message>
    <message>
        <source>Total-variation regularisation (Chartrand 2011) looks for the derivative u itself: it minimises α∫|u′| + ½∫(∫u − y)². Integrated, u must reproduce the data; the total variation ∫|u′| keeps u flat except where a jump pays for itself, so a kink in y stays a sharp step in u. Here α = %1, solved by %2 lagged-diffusivity iterations.</source>
        <translation>La régularisation par variation totale (Chartrand 2011) cherche directement la dérivée u : elle minimise α∫|u′| + ½∫(∫u − y)². Intégrée, u doit reproduire les données ; la variation totale ∫|u′| maintient u plate sauf là où un saut se justifie, si bien qu’une cassure de y reste une marche nette de u. Ici α = %1, résolu par %2 itérations à diffusivité retardée.</translation>
    </message>
    <message>
        <source>α was chosen by two-fold cross-validation (fit the even rows and predict the odd ones, then the other way round), the best α times 1.5, which suits the derivative better than the curve&apos;s own best.</source>
        <translation>α a été choisi par validation croisée à deux plis (ajuster les lignes paires et prédire les impaires, puis l’inverse) : le meilleur α multiplié par 1,5, qui convient mieux à la dérivée que le meilleur α pour la courbe elle-même.</translation>
    </message>
    <message>
        <source>α was set by hand; a larger α gives fewer, larger steps.</source>
        <translation>α a été réglé à la main ; un α plus grand donne des marches moins nombreuses et plus grandes.</translation>
    </message>
    <message>
        <source>The Kalman smoother models y, y′ and y″ as a motion with constant acceleration disturbed by a random jerk of variance q, measured with noise of variance r. A forward filter and a backward (Rauch–Tung–Striebel) pass give the most probable y′ at every row given all the data. The one parameter is log10(q/r) = %1: larger lets the curve bend more and follow the data more closely.</source>
        <translation>Le lisseur de Kalman modélise y, y′ et y″ comme un mouvement à accélération constante perturbé par un à-coup aléatoire de variance q, mesuré avec un bruit de variance r. Un filtre aller et une passe retour (Rauch–Tung–Striebel) donnent le y′ le plus probable à chaque ligne compte tenu de toutes les données. L’unique paramètre est log10(q/r) = %1 : plus il est grand, plus la courbe peut se courber et suivre les données de près.</translation>
    </message>
    <message>
        <source>It was chosen by maximum likelihood of the data, then lowered by 0.75 decade, which suits the derivative better than the curve.</source>
        <translation>Il a été choisi par maximum de vraisemblance des données, puis abaissé de 0,75 décade, ce qui convient mieux à la dérivée qu’à la courbe.</translation>
    </message>
    <message>
        <source>It was set by hand.</source>
        <translation>Il a été réglé à la main.</translation>
    </message>
    <message>
        <source>Automatic chose %1 for this column: each candidate fitted the even rows and predicted the odd ones (and the other way round), and the best predictor won, near-ties going to Savitzky–Golay, then Kalman, total variation and the spline.</source>
        <translation>Le mode automatique a choisi %1 pour cette colonne : chaque candidat a ajusté les lignes paires et prédit les impaires (et inversement), et le meilleur prédicteur l’a emporté, les quasi-égalités étant départagées en faveur de Savitzky–Golay, puis de Kalman, de la variation totale et de la spline.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Choose a y column to compare.</source>
        <translation>Choisissez une colonne y à comparer.</translation>
    </message>
    <message>
        <source>%1 is not a number column.</source>
        <translation>%1 n’est pas une colonne de nombres.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read this file</source>
        <translation>%1 : la mémoire est insuffisante pour lire ce fichier</translation>
    </message>
    <message>
        <source>%1: there is no column named &apos;%2&apos; (%3 of the current table)</source>
        <translation>%1 : il n’y a pas de colonne nommée « %2 » (%3 du tableau courant)</translation>
    </message>
    <message>
        <source>the x column</source>
        <translation>la colonne x</translation>
    </message>
    <message>
        <source>a y column</source>
        <translation>une colonne y</translation>
    </message>
    <message>
        <source>the group column</source>
        <translation>la colonne de groupe</translation>
    </message>
    <message>
        <source>%1: a .npy array; tangent-cli exports those (as .npy), this export writes CSV</source>
        <translation>%1 : un tableau .npy ; tangent-cli les exporte (en .npy), cet export écrit du CSV</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 is tangent-cli&apos;s: the window does not take it (run tangent-cli FILE %1 for that table)</source>
        <translation>%1 est propre à tangent-cli : la fenêtre ne l&apos;accepte pas (lancez tangent-cli FICHIER %1 pour ce tableau)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>impossible de verrouiller un fichier de récupération dans %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; doit être %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objet { ... }</translation>
    </message>
    <message>
        <source>a list of names must hold only texts in quotes</source>
        <translation>une liste de noms ne doit contenir que des textes entre guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>&quot;%1&quot; doit être un objet { ... }</translation>
    </message>
    <message>
        <source>&quot;%1.kind&quot; is &quot;%2&quot;; it must be &quot;number&quot; or &quot;date&quot;</source>
        <translation>&quot;%1.kind&quot; vaut &quot;%2&quot; ; il doit valoir &quot;number&quot; ou &quot;date&quot;</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot; must be a list of numbers</source>
        <translation>&quot;%1.values&quot; doit être une liste de nombres</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot;, row %2: not a number (numbers, null for a gap, &quot;inf&quot;, &quot;-inf&quot; or &quot;-0&quot;)</source>
        <translation>&quot;%1.values&quot;, ligne %2 : pas un nombre (des nombres, null pour un trou, &quot;inf&quot;, &quot;-inf&quot; ou &quot;-0&quot;)</translation>
    </message>
    <message>
        <source>&quot;data.table&quot; must be a list of columns</source>
        <translation>&quot;data.table&quot; doit être une liste de colonnes</translation>
    </message>
    <message>
        <source>&quot;data.table&quot;: column %1 has %2 rows, column 1 has %3</source>
        <translation>&quot;data.table&quot; : la colonne %1 a %2 lignes, la colonne 1 en a %3</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [low, high] with low &lt; high</source>
        <translation>&quot;view.%1&quot; doit être [bas, haut] avec bas &lt; haut</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [row, row]</source>
        <translation>&quot;view.%1&quot; doit être [ligne, ligne]</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide en %1 : %2</translation>
    </message>
    <message>
        <source>not a Tangent session: the file holds no JSON object { ... }</source>
        <translation>pas une session Tangent : le fichier ne contient aucun objet JSON { ... }</translation>
    </message>
    <message>
        <source>not a Tangent session: &quot;format&quot; must be &quot;tangent-session&quot;</source>
        <translation>pas une session Tangent : &quot;format&quot; doit valoir &quot;tangent-session&quot;</translation>
    </message>
    <message>
        <source>written by a newer Tangent (session format %1); this Tangent reads format %2 and older. Update Tangent to open it.</source>
        <translation>écrite par un Tangent plus récent (format de session %1) ; ce Tangent lit le format %2 et les plus anciens. Mettez Tangent à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a format version, 1 or more</source>
        <translation>&quot;version&quot; doit être une version de format, 1 ou plus</translation>
    </message>
    <message>
        <source>the session names no data file and holds no table</source>
        <translation>la session ne nomme aucun fichier de données et ne contient aucun tableau</translation>
    </message>
    <message>
        <source>&quot;settings.smoothing.method&quot; is &quot;%1&quot;, which is not a method of this Tangent (numpy, savgol, spline, tvr, kalman, auto)</source>
        <translation>&quot;settings.smoothing.method&quot; vaut &quot;%1&quot;, qui n’est pas une méthode de ce Tangent (numpy, savgol, spline, tvr, kalman, auto)</translation>
    </message>
    <message>
        <source>&quot;settings.yColumns&quot; must be a list of column numbers, e.g. [1, 2]</source>
        <translation>&quot;settings.yColumns&quot; doit être une liste de numéros de colonnes, p. ex. [1, 2]</translation>
    </message>
    <message>
        <source>&quot;settings.timeUnit&quot; is &quot;%1&quot;; it must be s, min, h, d or yr</source>
        <translation>&quot;settings.timeUnit&quot; vaut &quot;%1&quot; ; il doit valoir s, min, h, d ou yr</translation>
    </message>
    <message>
        <source>&quot;settings.edgeOrder&quot; is %1; it must be 1 or 2</source>
        <translation>&quot;settings.edgeOrder&quot; vaut %1 ; il doit valoir 1 ou 2</translation>
    </message>
    <message>
        <source>&quot;settings.order&quot; is %1; it must be 1 or more</source>
        <translation>&quot;settings.order&quot; vaut %1 ; il doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>&quot;settings.dx&quot; must be a finite number other than 0</source>
        <translation>&quot;settings.dx&quot; doit être un nombre fini différent de 0</translation>
    </message>
    <message numerus="yes">
        <source>the x column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>la colonne x est la colonne %1, mais le tableau a %n colonne</numerusform>
            <numerusform>la colonne x est la colonne %1, mais le tableau a %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>y column %1 is chosen, but the table has %n column(s)</source>
        <translation>
            <numerusform>la colonne y %1 est choisie, mais le tableau a %n colonne</numerusform>
            <numerusform>la colonne y %1 est choisie, mais le tableau a %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>la colonne de groupe est la colonne %1, mais le tableau a %n colonne</numerusform>
            <numerusform>la colonne de groupe est la colonne %1, mais le tableau a %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;view.bandNoiseSd&quot; must map column indexes to numbers above 0</source>
        <translation>« view.bandNoiseSd » doit associer des indices de colonne à des nombres supérieurs à 0</translation>
    </message>
</context>
<context>
    <name>StartupRecipe</name>
    <message>
        <source>x from column COL (header name or 1-based index), as in tangent-cli.</source>
        <translation>x pris dans la colonne COL (nom d&apos;en-tête ou indice à partir de 1), comme dans tangent-cli.</translation>
    </message>
    <message>
        <source>A uniform spacing H instead of an x column.</source>
        <translation>Un pas uniforme H au lieu d&apos;une colonne x.</translation>
    </message>
    <message>
        <source>The columns to differentiate, comma-separated (default: every numeric column).</source>
        <translation>Les colonnes à dériver, séparées par des virgules (par défaut : toutes les colonnes numériques).</translation>
    </message>
    <message>
        <source>The unit a derivative over a date x is per (default d).</source>
        <translation>L&apos;unité de temps d&apos;une dérivée par rapport à un x de dates (par défaut d).</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of column COL on their own (the Derivative dock&apos;s Group by).</source>
        <translation>Données au format long : dériver à part les lignes de chaque valeur de la colonne COL (le « Grouper par » du panneau Dérivée).</translation>
    </message>
    <message>
        <source>numpy&apos;s edge order (default 1).</source>
        <translation>L&apos;ordre aux bords de numpy (par défaut 1).</translation>
    </message>
    <message>
        <source>Derivative order (default 1).</source>
        <translation>Ordre de la dérivée (par défaut 1).</translation>
    </message>
    <message>
        <source>Derivative method: numpy (default, exactly numpy.gradient), savgol, spline, tvr, kalman or auto, as tangent-cli --method.</source>
        <translation>Méthode de dérivation : numpy (par défaut, exactement numpy.gradient), savgol, spline, tvr, kalman ou auto, comme tangent-cli --method.</translation>
    </message>
    <message>
        <source>savgol: odd window in points.</source>
        <translation>savgol : fenêtre impaire, en points.</translation>
    </message>
    <message>
        <source>savgol: polynomial order.</source>
        <translation>savgol : ordre du polynôme.</translation>
    </message>
    <message>
        <source>spline: lambda &gt; 0.</source>
        <translation>spline : lambda &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: alpha &gt; 0.</source>
        <translation>tvr : alpha &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: iterations.</source>
        <translation>tvr : itérations.</translation>
    </message>
    <message>
        <source>kalman: log10(q/r).</source>
        <translation>kalman : log10(q/r).</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band, and export its sd columns, as --band.</source>
        <translation>Ombrer la bande d&apos;incertitude à 95 % de chaque dérivée et exporter ses colonnes sd, comme --band.</translation>
    </message>
    <message>
        <source>The band&apos;s noise level: S for every column, or COL=S for the columns named (the others estimated from the data), as View &gt; Band Noise Levels.</source>
        <translation>Le niveau de bruit de la bande : S pour toutes les colonnes, ou COL=S pour les colonnes nommées (les autres estimées à partir des données), comme Affichage &gt; Niveaux de bruit de la bande.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the derivative of tabular data, computed as numpy.gradient.</source>
        <translation>Affiche la dérivée de données tabulaires, calculée comme numpy.gradient.</translation>
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
        <translation>spline de lissage</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>variation totale</translation>
    </message>
    <message>
        <source>Kalman smoother</source>
        <translation>lisseur de Kalman</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Bande d&apos;incerti&amp;tude</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Shade the 95% band (±1.96 sd) the noise gives each derivative value</source>
        <translation>Ombrer la bande à 95 % (±1,96 sd) que le bruit donne à chaque valeur de la dérivée</translation>
    </message>
    <message>
        <source>No uncertainty band for &apos;%1&apos;: %2</source>
        <translation>Pas de bande d&apos;incertitude pour « %1 » : %2</translation>
    </message>
    <message>
        <source>The shading is each derivative&apos;s 95% band: value ± 1.96 sd from the noise on y</source>
        <translation>L&apos;ombre est la bande à 95 % de chaque dérivée : valeur ± 1,96 sd due au bruit sur y</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BandNoiseDialog</name>
    <message>
        <source>Band Noise Levels</source>
        <translation>Niveaux de bruit de la bande</translation>
    </message>
    <message>
        <source>The noise σ on each column that its uncertainty band propagates. Leave a field empty to estimate σ from the data.</source>
        <translation>Le bruit σ de chaque colonne que propage sa bande d&apos;incertitude. Laissez un champ vide pour estimer σ à partir des données.</translation>
    </message>
    <message>
        <source>estimated (about %1)</source>
        <translation>estimé (environ %1)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>σ of &apos;%1&apos; must be a number above 0, or empty to estimate it</source>
        <translation>le σ de « %1 » doit être un nombre supérieur à 0, ou vide pour l&apos;estimer</translation>
    </message>
    <message>
        <source>Band &amp;Noise Levels…</source>
        <translation>Niveaux de &amp;bruit de la bande…</translation>
    </message>
    <message>
        <source>Give the noise σ of a column for its uncertainty band instead of estimating it</source>
        <translation>Donner le bruit σ d&apos;une colonne pour sa bande d&apos;incertitude au lieu de l&apos;estimer</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExport</name>
    <message>
        <source>An export is still running</source>
        <translation>Un export est encore en cours</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExportDialog</name>
    <message>
        <source>Export Derivatives of Several Files</source>
        <translation>Exporter les dérivées de plusieurs fichiers</translation>
    </message>
    <message>
        <source>Files exported</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Cancelling after the file being read…</source>
        <translation>Annulation après le fichier en cours de lecture…</translation>
    </message>
    <message>
        <source>Files to differentiate</source>
        <translation>Fichiers à dériver</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt *.dat);;All files (*)</source>
        <translation>Texte délimité (*.csv *.tsv *.txt *.dat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder for the derivative files</source>
        <translation>Dossier des fichiers de dérivées</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing the derivative of %n file(s) into %1, computed as %2</source>
        <translation>
            <numerusform>Écriture de la dérivée de %n fichier dans %1, calculée comme %2</numerusform>
            <numerusform>Écriture de la dérivée de %n fichiers dans %1, calculée comme %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lecture de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) written to %2.</source>
        <translation>
            <numerusform>Fichiers écrits dans %2 : %1 sur %n.</numerusform>
            <numerusform>Fichiers écrits dans %2 : %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not started.</source>
        <translation>
            <numerusform>Annulé : %n fichier non commencé.</numerusform>
            <numerusform>Annulé : %n fichiers non commencés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrits :</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Échecs :</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Done, with problems.</source>
        <translation>Terminé, avec des problèmes.</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    avertissement : %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BusyBar</name>
    <message>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop computing and go back to the settings before this change</source>
        <translation>Arrêter le calcul et revenir aux réglages d’avant cette modification</translation>
    </message>
    <message>
        <source>Computing %1 — the chart shows the previous result until it is done</source>
        <translation>Calcul de %1 — le graphique montre le résultat précédent jusqu’à la fin du calcul</translation>
    </message>
    <message>
        <source>Computation cancelled: back to the previous settings (Redo computes it again)</source>
        <translation>Calcul annulé : retour aux réglages précédents (Rétablir relance le calcul)</translation>
    </message>
    <message>
        <source>Computation cancelled: numpy.gradient is shown (Undo computes the method again)</source>
        <translation>Calcul annulé : numpy.gradient est affiché (Annuler relance le calcul de la méthode)</translation>
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
        <translation>± est la demi-largeur de la bande à 95 % (1,96 sd)</translation>
    </message>
    <message>
        <source>Shaded: 95% band of each derivative (±1.96 sd from the noise)</source>
        <translation>Ombré : bande à 95 % de chaque dérivée (±1,96 sd due au bruit)</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>bande à 95 %</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartInteraction</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartOverlays</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Lignes mises en évidence</translation>
    </message>
    <message>
        <source>Highlighted rows (derivative)</source>
        <translation>Lignes mises en évidence (dérivée)</translation>
    </message>
    <message>
        <source>Secant</source>
        <translation>Sécante</translation>
    </message>
    <message>
        <source>Tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <source>Secant points</source>
        <translation>Points de la sécante</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>Tangent point</source>
        <translation>Point de tangence</translation>
    </message>
    <message>
        <source>, t in %1</source>
        <translation>, t en %1</translation>
    </message>
    <message>
        <source>Row %1: a tangent needs the first derivative (order is %2)</source>
        <translation>Ligne %1 : une tangente demande la dérivée première (l’ordre est %2)</translation>
    </message>
    <message>
        <source>Row %1: no derivative here, so no tangent</source>
        <translation>Ligne %1 : pas de dérivée ici, donc pas de tangente</translation>
    </message>
    <message>
        <source>Tangent at row %1
%2</source>
        <translation>Tangente à la ligne %1
%2</translation>
    </message>
    <message>
        <source>Secant, rows %1 and %2
%3</source>
        <translation>Sécante, lignes %1 et %2
%3</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartPanes</name>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Superposée</translation>
    </message>
    <message>
        <source>Curves and derivatives in one pane</source>
        <translation>Courbes et dérivées dans un même graphique</translation>
    </message>
    <message>
        <source>&amp;Stacked</source>
        <translation>&amp;Empilée</translation>
    </message>
    <message>
        <source>Curves above, derivatives below, one shared x axis</source>
        <translation>Courbes en haut, dérivées en bas, un axe x commun</translation>
    </message>
    <message>
        <source>Small &amp;Multiples</source>
        <translation>&amp;Petits multiples</translation>
    </message>
    <message>
        <source>A curve over its derivative for each y column</source>
        <translation>Pour chaque colonne y, la courbe au-dessus de sa dérivée</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartSmoothing</name>
    <message>
        <source>smoothed %1</source>
        <translation>%1 lissé</translation>
    </message>
    <message>
        <source>%1 − smoothed</source>
        <translation>%1 − lissé</translation>
    </message>
    <message>
        <source>residual y − smoothed</source>
        <translation>résidu y − lissé</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartView</name>
    <message>
        <source>Tangent chart</source>
        <translation>Graphique Tangent</translation>
    </message>
    <message>
        <source>row × %1</source>
        <translation>ligne × %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>The curves and their derivatives. Keys: + and − zoom, 0 shows all data, the arrow keys scroll or, with the tangent shown, move it from point to point.</source>
        <translation>Les courbes et leurs dérivées. Touches : + et − zooment, 0 affiche toutes les données, les flèches font défiler la vue ou, quand la tangente est affichée, la déplacent de point en point.</translation>
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
        <translation>« %1 » n’est pas une date (ligne %2, colonne %3 du bloc collé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (row %2, column %3 of the pasted block)</source>
        <translation>« %1 » n’est pas un nombre (ligne %2, colonne %3 du bloc collé)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Commands</name>
    <message>
        <source>Edit cell %1%2</source>
        <translation>Modifier la cellule %1%2</translation>
    </message>
    <message>
        <source>Paste %1×%2 cells</source>
        <translation>Coller %1×%2 cellules</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Use uniform spacing dx</source>
        <translation>Utiliser un pas uniforme dx</translation>
    </message>
    <message>
        <source>Use %1 as x</source>
        <translation>Utiliser %1 comme x</translation>
    </message>
    <message>
        <source>Set dx to %1</source>
        <translation>Régler dx sur %1</translation>
    </message>
    <message>
        <source>Choose y columns</source>
        <translation>Choisir les colonnes y</translation>
    </message>
    <message>
        <source>Set edge order %1</source>
        <translation>Ordre aux bords %1</translation>
    </message>
    <message>
        <source>Set derivative order %1</source>
        <translation>Ordre de dérivation %1</translation>
    </message>
    <message>
        <source>Express derivatives per %1</source>
        <translation>Exprimer les dérivées par %1</translation>
    </message>
    <message>
        <source>Change derivative settings</source>
        <translation>Modifier les réglages de la dérivée</translation>
    </message>
    <message>
        <source>Insert row %1</source>
        <translation>Insérer la ligne %1</translation>
    </message>
    <message>
        <source>Insert %1 rows</source>
        <translation>Insérer %1 lignes</translation>
    </message>
    <message>
        <source>Delete row %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <source>Delete %1 rows</source>
        <translation>Supprimer %1 lignes</translation>
    </message>
    <message>
        <source>Insert column %1</source>
        <translation>Insérer la colonne %1</translation>
    </message>
    <message>
        <source>Delete column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <source>Rename column %1 to %2</source>
        <translation>Renommer la colonne %1 en %2</translation>
    </message>
    <message>
        <source>Set the unit of %1 to %2</source>
        <translation>Régler l’unité de %1 sur %2</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>Derivative by %1</source>
        <translation>Dérivée par %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>The column whose derivative is compared</source>
        <translation>La colonne dont la dérivée est comparée</translation>
    </message>
    <message>
        <source>&amp;y column:</source>
        <translation>Colonne &amp;y :</translation>
    </message>
    <message>
        <source>&amp;Edge orders</source>
        <translation>&amp;Ordres aux bords</translation>
    </message>
    <message>
        <source>&amp;Methods</source>
        <translation>&amp;Méthodes</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ComputationDialog</name>
    <message>
        <source>The Whole Computation</source>
        <translation>Le calcul complet</translation>
    </message>
    <message>
        <source>Every row of &lt;code&gt;%1&lt;/code&gt;, one line each, as &lt;code&gt;tangent-cli --explain&lt;/code&gt; prints it.</source>
        <translation>Chaque ligne de &lt;code&gt;%1&lt;/code&gt;, une ligne par valeur, telle que &lt;code&gt;tangent-cli --explain&lt;/code&gt; l’affiche.</translation>
    </message>
    <message>
        <source>The table shows derivative order %1; these lines are the first application of the gradient.</source>
        <translation>Le tableau montre l’ordre de dérivation %1 ; ces lignes sont la première application du gradient.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy every line to the clipboard</source>
        <translation>Copier toutes les lignes dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the lines as a text file</source>
        <translation>Enregistrer les lignes dans un fichier texte</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the Computation</source>
        <translation>Enregistrer le calcul</translation>
    </message>
    <message>
        <source>computation.txt</source>
        <translation>calcul.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic</source>
        <translation>Le calcul de chaque ligne</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ConvergenceDialog</name>
    <message>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <source>Largest error of numpy.gradient against the number of points</source>
        <translation>Plus grande erreur de numpy.gradient selon le nombre de points</translation>
    </message>
    <message>
        <source>number of points n</source>
        <translation>nombre de points n</translation>
    </message>
    <message>
        <source>max |numeric − exact|</source>
        <translation>max |numérique − exacte|</translation>
    </message>
    <message>
        <source>slope −1 (reference)</source>
        <translation>pente −1 (référence)</translation>
    </message>
    <message>
        <source>slope −2 (reference)</source>
        <translation>pente −2 (référence)</translation>
    </message>
    <message>
        <source>Each dot is one table of n samples of f; its height is the largest |numpy.gradient − f′| over all rows. Ten times the points: with edge order 1 the error falls ten-fold (slope −1), because the two end rows use one-sided first-order differences; with edge order 2 it falls a hundred-fold (slope −2), like the central differences inside. Where a line levels off or turns up, rounding has taken over: it grows as the spacing shrinks. A method exact for f (x² with edge order 2) shows nothing but that rounding.</source>
        <translation>Chaque point est un tableau de n échantillons de f ; sa hauteur est la plus grande valeur de |numpy.gradient − f′| sur toutes les lignes. Dix fois plus de points : avec l’ordre aux bords 1, l’erreur est divisée par dix (pente −1), car les deux lignes des bords utilisent des différences décentrées du premier ordre ; avec l’ordre aux bords 2, elle est divisée par cent (pente −2), comme les différences centrées à l’intérieur. Là où une courbe se stabilise ou remonte, l’arrondi l’emporte : il croît quand le pas diminue. Une méthode exacte pour f (x² avec l’ordre aux bords 2) ne montre que cet arrondi.</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Pas d’étude : %1</translation>
    </message>
    <message>
        <source>x jittered by %1 of a step (seed %2)</source>
        <translation>x perturbé de %1 d’un pas (graine %2)</translation>
    </message>
    <message>
        <source>evenly spaced x</source>
        <translation>x régulièrement espacé</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4, no noise; f′ %5.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; sur [%2, %3], %4, sans bruit ; f′ %5.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>computed numerically</source>
        <translation>calculée numériquement</translation>
    </message>
    <message>
        <source>edge order %1: exact, only rounding</source>
        <translation>ordre aux bords %1 : exacte, seulement l’arrondi</translation>
    </message>
    <message>
        <source>edge order %1: slope %2</source>
        <translation>ordre aux bords %1 : pente %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DataTableView</name>
    <message>
        <source>Double-click or type to edit a cell; an emptied cell becomes a gap</source>
        <translation>Double-cliquez ou tapez pour modifier une cellule ; une cellule vidée devient un trou</translation>
    </message>
    <message>
        <source>Copied %1×%2 cells</source>
        <translation>%1×%2 cellules copiées</translation>
    </message>
    <message>
        <source>Derivative columns are computed; paste into a data column</source>
        <translation>Les colonnes de dérivées sont calculées ; collez dans une colonne de données</translation>
    </message>
    <message>
        <source>Nothing pasted: %1 (row %2, column %3 of the pasted block)</source>
        <translation>Rien n’a été collé : %1 (ligne %2, colonne %3 du bloc collé)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n ligne collée</numerusform>
            <numerusform>%n lignes collées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <source>e.g. °C, m/s</source>
        <translation>p. ex. °C, m/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Tableau de données</translation>
    </message>
    <message>
        <source>The data columns followed by their derivatives, which are computed and read-only</source>
        <translation>Les colonnes de données suivies de leurs dérivées, calculées et en lecture seule</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DiagnosticsPanel</name>
    <message>
        <source>numpy:</source>
        <translation>numpy :</translation>
    </message>
    <message>
        <source>The numpy call that computes exactly the same values</source>
        <translation>L’appel numpy qui calcule exactement les mêmes valeurs</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the numpy call to the clipboard</source>
        <translation>Copier l’appel numpy dans le presse-papiers</translation>
    </message>
    <message>
        <source>Problems with the data or the settings</source>
        <translation>Problèmes des données ou des réglages</translation>
    </message>
    <message>
        <source>&amp;Sort rows by x</source>
        <translation>&amp;Trier les lignes par x</translation>
    </message>
    <message>
        <source>Sort every column by the x column (one undo step)</source>
        <translation>Trier toutes les colonnes selon la colonne x (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Same as:</source>
        <translation>Équivaut à :</translation>
    </message>
    <message>
        <source>A call that computes the same values</source>
        <translation>Un appel qui calcule les mêmes valeurs</translation>
    </message>
    <message>
        <source>Differentiate the rows of each value of this column on their own (one undo step)</source>
        <translation>Dériver à part les lignes de chaque valeur de cette colonne (une étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>&amp;Group by %1</source>
        <translation>&amp;Grouper par %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Document</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rows %1, …</source>
        <translation>lignes %1, …</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>lignes %1 et %2</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 trou</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 trous</translation>
    </message>
    <message>
        <source>x (%1) decreases throughout. The derivatives are still correct; sort by x to draw the chart from left to right.</source>
        <translation>x (%1) décroît partout. Les dérivées restent correctes ; triez par x pour tracer le graphique de gauche à droite.</translation>
    </message>
    <message>
        <source>x (%1) is not increasing: it decreases at row %2 (%3 after %4). numpy.gradient does not sort, so the slopes across each step back are meaningless. Sort the table by x.</source>
        <translation>x (%1) n’est pas croissant : il décroît à la ligne %2 (%3 après %4). numpy.gradient ne trie pas, donc les pentes de part et d’autre de chaque retour en arrière n’ont pas de sens. Triez le tableau par x.</translation>
    </message>
    <message>
        <source>rows %1 and %2 (x = %3)</source>
        <translation>lignes %1 et %2 (x = %3)</translation>
    </message>
    <message>
        <source> and 1 more place</source>
        <translation> et 1 autre endroit</translation>
    </message>
    <message>
        <source> and %1 more places</source>
        <translation> et %1 autres endroits</translation>
    </message>
    <message>
        <source>x (%1) repeats at %2: the step there is 0, so the slopes next to it are infinite or NaN. Remove or merge the duplicate rows.</source>
        <translation>x (%1) se répète aux %2 : le pas y vaut 0, donc les pentes voisines sont infinies ou NaN. Supprimez ou fusionnez les lignes en double.</translation>
    </message>
    <message>
        <source>x (%1) is evenly spaced to within 1 part in 10⁹ but not exactly (steps from %2 to %3). numpy then uses its non-uniform formula, so results differ from numpy.gradient(y, dx) in the last bits; Tangent matches numpy.gradient(y, x).</source>
        <translation>x (%1) est régulièrement espacé à 1 pour 10⁹ près, mais pas exactement (pas de %2 à %3). numpy utilise alors sa formule non uniforme, donc les résultats diffèrent de numpy.gradient(y, dx) dans les derniers bits ; Tangent est identique à numpy.gradient(y, x).</translation>
    </message>
    <message>
        <source>x (%1) has %2 (empty cells), at %3: the derivatives next to them are NaN.</source>
        <translation>x (%1) a %2 (cellules vides), en %3 : les dérivées voisines sont NaN.</translation>
    </message>
    <message>
        <source>Edge order %1 needs at least %2 rows; the table has %3. Add rows%4.</source>
        <translation>L’ordre aux bords %1 demande au moins %2 lignes ; le tableau en a %3. Ajoutez des lignes%4.</translation>
    </message>
    <message>
        <source> or use edge order 1</source>
        <translation> ou utilisez l’ordre aux bords 1</translation>
    </message>
    <message>
        <source>The derivative cannot be computed: %1</source>
        <translation>La dérivée ne peut pas être calculée : %1</translation>
    </message>
    <message>
        <source>There is no numeric column to differentiate besides x.</source>
        <translation>Il n’y a pas de colonne numérique à dériver en dehors de x.</translation>
    </message>
    <message>
        <source>The spacing dx is %1: choose a finite number other than 0.</source>
        <translation>Le pas dx vaut %1 : choisissez un nombre fini différent de 0.</translation>
    </message>
    <message>
        <source>The x column %1 holds text that is neither numbers nor dates; choose another x column or a uniform spacing dx.</source>
        <translation>La colonne x %1 contient du texte qui n’est ni des nombres ni des dates ; choisissez une autre colonne x ou un pas uniforme dx.</translation>
    </message>
    <message>
        <source>%1 has %2 (empty cells), at %3: its derivative is NaN next to them.</source>
        <translation>%1 a %2 (cellules vides), en %3 : sa dérivée est NaN à leurs côtés.</translation>
    </message>
    <message>
        <source>Column %1 holds text that is neither numbers nor dates; it is not differentiated, but it can group the rows (Group by).</source>
        <translation>La colonne %1 contient du texte qui n’est ni des nombres ni des dates ; elle n’est pas dérivée, mais elle peut grouper les lignes (Grouper par).</translation>
    </message>
    <message numerus="yes">
        <source>Grouped by &apos;%1&apos;: %n group(s), each differentiated on its own rows.</source>
        <translation>
            <numerusform>Groupé par « %1 » : %n groupe, dérivé sur ses propres lignes.</numerusform>
            <numerusform>Groupé par « %1 » : %n groupes, chacun dérivé sur ses propres lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1; its derivative is left empty.</source>
        <translation>Groupe trop court (%1) : sa dérivée est laissée vide.</translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation>%1 (auto)</translation>
    </message>
    <message>
        <source>Noise on %1: σ ≈ %2 (the median distance of each point from the line through its neighbours, scaled to a standard deviation).</source>
        <translation>Bruit sur %1 : σ ≈ %2 (la distance médiane de chaque point à la droite passant par ses voisins, ramenée à un écart type).</translation>
    </message>
    <message>
        <source>The derivative of %1 is mostly noise (SNR %2): noise of σ ≈ %3 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%4 in numpy&apos;s differences, against a signal of about %5. Try a smoothing method.</source>
        <translation>La dérivée de %1 est surtout du bruit (RSB %2) : un bruit de σ ≈ %3 sur %1 (estimé d’après la distance de chaque point à la droite passant par ses voisins) devient ±%4 dans les différences de numpy, pour un signal d’environ %5. Essayez une méthode de lissage.</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>impossible de lisser « %1 » : %2</translation>
    </message>
    <message>
        <source>No uncertainty band for the derivative of %1: %2</source>
        <translation>Pas de bande d&apos;incertitude pour la dérivée de %1 : %2</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ ≈ %2 on %1 estimated from the data. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>La bande autour de la dérivée de %1 est son intervalle à 95 %, ±1,96 sd, issu d&apos;un bruit σ ≈ %2 sur %1 estimé à partir des données. Elle suppose un bruit indépendant et est trop étroite là où la courbe tourne brusquement.</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ = %2 on %1 as given in the band&apos;s settings. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>La bande autour de la dérivée de %1 est son intervalle à 95 %, ±1,96 sd, pour un bruit de σ = %2 sur %1 tel que donné dans les réglages de la bande. Elle suppose un bruit indépendant et est trop étroite là où la courbe tourne brusquement.</translation>
    </message>
    <message>
        <source>The derivative of %1 cannot be told apart from its noise: noise of σ ≈ %2 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%3 in numpy&apos;s differences, and no signal larger than that was found. Try a smoothing method.</source>
        <translation>La dérivée de %1 ne se distingue pas de son bruit : un bruit de σ ≈ %2 sur %1 (estimé à partir de la distance de chaque point à la droite passant par ses voisins) devient ±%3 dans les différences de numpy, et aucun signal plus grand n&apos;a été trouvé. Essayez une méthode de lissage.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Column %1 holds text: if the file holds one series per %1, one after another (long format), group the rows by it so that each series is differentiated on its own rows rather than sorted into the others.</source>
        <translation>La colonne %1 contient du texte : si le fichier contient une série par %1, l&apos;une après l&apos;autre (format long), groupez les lignes par elle pour que chaque série soit dérivée sur ses propres lignes au lieu d&apos;être triée parmi les autres.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentExplainer</name>
    <message>
        <source>This column is not differentiated.</source>
        <translation>Cette colonne n’est pas dérivée.</translation>
    </message>
    <message>
        <source>The spacing cannot be resolved.</source>
        <translation>Le pas ne peut pas être déterminé.</translation>
    </message>
    <message>
        <source>The table is grouped: each group is differentiated on its own rows. Click a row to see how its value is computed within its group, or run tangent-cli --group --explain for every row.</source>
        <translation>Le tableau est groupé : chaque groupe est dérivé sur ses propres lignes. Cliquez sur une ligne pour voir comment sa valeur est calculée dans son groupe, ou lancez tangent-cli --group --explain pour toutes les lignes.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentRecovery</name>
    <message>
        <source>Unsaved changes could not be backed up for crash recovery: %1</source>
        <translation>Les modifications non enregistrées n’ont pas pu être sauvegardées pour la récupération après plantage : %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentTabs</name>
    <message>
        <source>Open tables</source>
        <translation>Tableaux ouverts</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>dérivée</translation>
    </message>
    <message>
        <source>difference (order 2 − order 1)</source>
        <translation>différence (ordre 2 − ordre 1)</translation>
    </message>
    <message>
        <source>edge order 1</source>
        <translation>ordre aux bords 1</translation>
    </message>
    <message>
        <source>edge order 2</source>
        <translation>ordre aux bords 2</translation>
    </message>
    <message>
        <source>rows that differ</source>
        <translation>lignes qui diffèrent</translation>
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
        <translation>Les ordres aux bords 1 et 2 concordent ici à chaque ligne, bit à bit (les données sont droites aux bords).</translation>
    </message>
    <message>
        <source>row %1 by %2</source>
        <translation>ligne %1 de %2</translation>
    </message>
    <message>
        <source>Only the end rows differ: %1 (order 2 − order 1). Every interior row uses the same central difference with either edge order, so those agree bit for bit.</source>
        <translation>Seules les lignes des bords diffèrent : %1 (ordre 2 − ordre 1). Chaque ligne intérieure utilise la même différence centrée quel que soit l’ordre aux bords, elles concordent donc bit à bit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> A derivative of order %1 applies the gradient %1 times, and each pass carries the ends&apos; difference one row further in.</source>
        <translation> Une dérivée d’ordre %1 applique le gradient %1 fois, et chaque passage propage la différence des bords d’une ligne vers l’intérieur.</translation>
    </message>
    <message>
        <source>Rows that differ: %1; the largest difference is %2 at row %3 (order 2 − order 1). All other rows agree bit for bit.</source>
        <translation>Lignes qui diffèrent : %1 ; la plus grande différence est %2 à la ligne %3 (ordre 2 − ordre 1). Toutes les autres lignes concordent bit à bit.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ExplainPanel</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>lignes %1 et %2</translation>
    </message>
    <message>
        <source>&amp;Derivative of:</source>
        <translation>&amp;Dérivée de :</translation>
    </message>
    <message>
        <source>Which differentiated column to explain</source>
        <translation>Quelle colonne dérivée expliquer</translation>
    </message>
    <message>
        <source>Show the &amp;whole computation…</source>
        <translation>Afficher tout le &amp;calcul…</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>Le calcul de chaque ligne, une ligne par valeur, tel que tangent-cli --explain l’affiche</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy this row&apos;s formula and arithmetic as text</source>
        <translation>Copier la formule et le calcul de cette ligne sous forme de texte</translation>
    </message>
    <message>
        <source>No column is differentiated. Choose the y columns in the Derivative panel.</source>
        <translation>Aucune colonne n’est dérivée. Choisissez les colonnes y dans le panneau Dérivée.</translation>
    </message>
    <message>
        <source>Click a row in the table to see how numpy computes its derivative.</source>
        <translation>Cliquez sur une ligne du tableau pour voir comment numpy calcule sa dérivée.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table, so numpy takes the central difference of its neighbours, %2: the change in y between them divided by the distance 2h between them.</source>
        <translation>La ligne %1 est à l’intérieur du tableau, donc numpy prend la différence centrée de ses voisines, %2 : la variation de y entre elles divisée par la distance 2h qui les sépare.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table and its neighbours are at different distances from it (p ≠ q), so numpy weights %2 so that the result is exact for any parabola.</source>
        <translation>La ligne %1 est à l’intérieur du tableau et ses voisines sont à des distances différentes (p ≠ q), donc numpy pondère %2 de sorte que le résultat soit exact pour toute parabole.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table. x is not evenly spaced throughout, so numpy weights the row and its neighbours everywhere; here both gaps are equal (p = q = %2), and the weights reduce to the central difference of %3.</source>
        <translation>La ligne %1 est à l’intérieur du tableau. x n’est pas régulièrement espacé partout, donc numpy pondère partout la ligne et ses voisines ; ici les deux écarts sont égaux (p = q = %2), et les poids se réduisent à la différence centrée de %3.</translation>
    </message>
    <message>
        <source>Row %1 is the first row: nothing comes before it, so numpy takes the one-sided difference to the next row (edge_order=1), using %2.</source>
        <translation>La ligne %1 est la première : rien ne la précède, donc numpy prend la différence décentrée vers la ligne suivante (edge_order=1), avec %2.</translation>
    </message>
    <message>
        <source>Row %1 is the last row: nothing comes after it, so numpy takes the one-sided difference from the row before (edge_order=1), using %2.</source>
        <translation>La ligne %1 est la dernière : rien ne la suit, donc numpy prend la différence décentrée depuis la ligne précédente (edge_order=1), avec %2.</translation>
    </message>
    <message>
        <source>Row %1 is the %2 row and edge_order=2, so numpy uses %3: the slope at row %1 of the parabola through them.</source>
        <translation>La ligne %1 est la %2 ligne et edge_order=2, donc numpy utilise %3 : la pente à la ligne %1 de la parabole qui passe par eux.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>The weights come from the gaps p and q between them.</source>
        <translation>Les poids viennent des écarts p et q qui les séparent.</translation>
    </message>
    <message>
        <source>The weights come from the gaps between them, here equal (p = q = %1), because x is not evenly spaced throughout.</source>
        <translation>Les poids viennent des écarts qui les séparent, ici égaux (p = q = %1), car x n’est pas régulièrement espacé partout.</translation>
    </message>
    <message>
        <source>Row %1 is empty (a gap), so the result is %2.</source>
        <translation>La ligne %1 est vide (un trou), donc le résultat est %2.</translation>
    </message>
    <message>
        <source>%1 are empty (gaps), so the result is %2.</source>
        <translation>%1 sont vides (des trous), donc le résultat est %2.</translation>
    </message>
    <message>
        <source>Two of these rows have the same x, so the division gives %1.</source>
        <translation>Deux de ces lignes ont le même x, donc la division donne %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2 · numpy index i = %3 · %4</source>
        <translation>Ligne %1 sur %2 · indice numpy i = %3 · %4</translation>
    </message>
    <message>
        <source>The table shows derivative order %1: numpy.gradient applied %1 times. This is the first application only; each further one uses the same formulas on the values of the one before.</source>
        <translation>Le tableau montre l’ordre de dérivation %1 : numpy.gradient appliqué %1 fois. Ceci n’est que la première application ; chacune des suivantes applique les mêmes formules aux valeurs de la précédente.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>With the rows</source>
        <translation>Avec les lignes</translation>
    </message>
    <message>
        <source>With the values</source>
        <translation>Avec les valeurs</translation>
    </message>
    <message>
        <source>First derivative</source>
        <translation>Dérivée première</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The derivative cannot be computed</source>
        <translation>La dérivée ne peut pas être calculée</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Ligne %1 (i = %2) : %3</translation>
    </message>
    <message>
        <source>Explanation of the selected row</source>
        <translation>Explication de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>différence centrée</translation>
    </message>
    <message>
        <source>three-point weighted difference (uneven spacing)</source>
        <translation>différence pondérée à trois points (pas irrégulier)</translation>
    </message>
    <message>
        <source>one-sided difference (first order)</source>
        <translation>différence décentrée (premier ordre)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order)</source>
        <translation>différence décentrée à trois points (second ordre)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order, uneven spacing)</source>
        <translation>différence décentrée à trois points (second ordre, pas irrégulier)</translation>
    </message>
    <message>
        <source>Click a row in the table to see how %1 computes its derivative.</source>
        <translation>Cliquez sur une ligne du tableau pour voir comment %1 calcule sa dérivée.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, differentiated on its own %2 rows: its row %3 (table row %4) · numpy index i = %5 · %6</source>
        <translation>Groupe « %1 », dérivé sur ses propres %2 lignes : sa ligne %3 (ligne %4 du tableau) · indice numpy i = %5 · %6</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, its row %2 (table row %3)</source>
        <translation>Groupe « %1 », sa ligne %2 (ligne %3 du tableau)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureActions</name>
    <message>
        <source>Export Fi&amp;gure…</source>
        <translation>Exporter la fi&amp;gure…</translation>
    </message>
    <message>
        <source>Copy Fi&amp;gure</source>
        <translation>Copier la fi&amp;gure</translation>
    </message>
    <message>
        <source>Save the whole figure (every pane, the legends, the axes) as PDF, SVG or PNG, at a size and resolution of your choice</source>
        <translation>Enregistrer la figure entière (chaque graphique, les légendes, les axes) en PDF, SVG ou PNG, à la taille et à la résolution de votre choix</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the whole figure (every pane) to the clipboard as an image</source>
        <translation>Copier la figure entière (chaque graphique) dans le presse-papiers sous forme d’image</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Exported the figure to %1</source>
        <translation>Figure exportée dans %1</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Figure copiée dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PDF (vector, for papers)</source>
        <translation>PDF (vectoriel, pour les articles)</translation>
    </message>
    <message>
        <source>SVG (vector, for editing)</source>
        <translation>SVG (vectoriel, pour la retouche)</translation>
    </message>
    <message>
        <source>PNG (image, for slides and the web)</source>
        <translation>PNG (image, pour les diapositives et le web)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pouces</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: turns centimetres and inches into pixels, and pixels into a page size</source>
        <translation>Points par pouce : convertit les centimètres et les pouces en pixels, et les pixels en taille de page</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
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
        <translation>Ouvrir des données</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>L’exemple %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Opened sample %1</source>
        <translation>Exemple %1 ouvert</translation>
    </message>
    <message>
        <source>Still reading %1</source>
        <translation>Lecture de %1 en cours</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n ligne</numerusform>
            <numerusform>%1 ouvert : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has unsaved changes; save them first</source>
        <translation>Le tableau a des modifications non enregistrées ; enregistrez-les d’abord</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The table has unsaved changes. Save them first?</source>
        <translation>Le tableau a des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans-titre</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export derivative</source>
        <translation>Exporter la dérivée</translation>
    </message>
    <message>
        <source>There is no derivative to export: choose at least one y column.</source>
        <translation>Il n’y a pas de dérivée à exporter : choisissez au moins une colonne y.</translation>
    </message>
    <message>
        <source>Exported the derivative to %1</source>
        <translation>Dérivée exportée dans %1</translation>
    </message>
    <message>
        <source>Export derivative CSV</source>
        <translation>Exporter la dérivée en CSV</translation>
    </message>
    <message>
        <source>-derivative</source>
        <translation>-derivee</translation>
    </message>
    <message>
        <source>Data files and sessions (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;CSV files (*.csv);;Spreadsheets (*.xlsx *.ods);;numpy arrays (*.npy);;Tangent sessions (*.tangent);;All files (*)</source>
        <translation>Fichiers de données et sessions (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;Fichiers CSV (*.csv);;Classeurs (*.xlsx *.ods);;Tableaux numpy (*.npy);;Sessions Tangent (*.tangent);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (sheet %2)</source>
        <translation>%1 (feuille %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); reading the first, %2</source>
        <translation>
            <numerusform>%1 a %n feuille ; lecture de la première, %2</numerusform>
            <numerusform>%1 a %n feuilles ; lecture de la première, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1
Turn View → Uncertainty Band off to export the derivative alone.</source>
        <translation>%1
Désactivez Affichage → Bande d&apos;incertitude pour exporter la dérivée seule.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabController</name>
    <message>
        <source>numerical</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>Overlays removed: the table has %1 rows now, the generated data had %2.</source>
        <translation>Superpositions retirées : le tableau a maintenant %1 lignes, les données générées en avaient %2.</translation>
    </message>
    <message>
        <source>Overlays removed: the derivative no longer uses the generated x column.</source>
        <translation>Superpositions retirées : la dérivée n’utilise plus la colonne x générée.</translation>
    </message>
    <message>
        <source>Overlays hidden: the exact derivative is a first derivative, the derivative order is %1.</source>
        <translation>Superpositions masquées : la dérivée exacte est une dérivée première, l’ordre de dérivation est %1.</translation>
    </message>
    <message>
        <source>Overlays hidden: no y column is differentiated.</source>
        <translation>Superpositions masquées : aucune colonne y n’est dérivée.</translation>
    </message>
    <message>
        <source>Overlays hidden: %1</source>
        <translation>Superpositions masquées : %1</translation>
    </message>
    <message>
        <source>exact derivative: %1</source>
        <translation>dérivée exacte : %1</translation>
    </message>
    <message>
        <source>exact derivative (computed numerically)</source>
        <translation>dérivée exacte (calculée numériquement)</translation>
    </message>
    <message>
        <source>error (numeric − exact)</source>
        <translation>erreur (numérique − exacte)</translation>
    </message>
    <message>
        <source>Generate data to compare numpy.gradient with the exact derivative.</source>
        <translation>Générez des données pour comparer numpy.gradient à la dérivée exacte.</translation>
    </message>
    <message>
        <source>The exact derivative is undefined at every point.</source>
        <translation>La dérivée exacte n’est définie en aucun point.</translation>
    </message>
    <message>
        <source>Largest |numeric − exact| = %1 at x = %2 (row %3).</source>
        <translation>Plus grand |numérique − exacte| = %1 en x = %2 (ligne %3).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabDialog</name>
    <message>
        <source>Function Lab</source>
        <translation>Laboratoire de fonctions</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Replace the table with columns x and y sampled from f</source>
        <translation>Remplacer le tableau par des colonnes x et y échantillonnées à partir de f</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>typed expression</source>
        <translation>expression saisie</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>a formula in x, e.g. x^2 * exp(-x)</source>
        <translation>une formule en x, p. ex. x^2 * exp(-x)</translation>
    </message>
    <message>
        <source>muparser syntax: + - * / ^, parentheses, pi, _e, c ? a : b, and sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</source>
        <translation>Syntaxe muparser : + - * / ^, parenthèses, pi, _e, c ? a : b, et sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</translation>
    </message>
    <message>
        <source>&amp;f(x) =</source>
        <translation>&amp;f(x) =</translation>
    </message>
    <message>
        <source>f′(x):</source>
        <translation>f′(x) :</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x de :</translation>
    </message>
    <message>
        <source>The range needs from &lt; to.</source>
        <translation>L’intervalle demande de &lt; à.</translation>
    </message>
    <message>
        <source>&amp;Number of points:</source>
        <translation>&amp;Nombre de points :</translation>
    </message>
    <message>
        <source>&amp;uniform</source>
        <translation>&amp;uniforme</translation>
    </message>
    <message>
        <source>&amp;jittered by</source>
        <translation>&amp;perturbé de</translation>
    </message>
    <message>
        <source>Evenly spaced x, as numpy.linspace(from, to, n)</source>
        <translation>x régulièrement espacé, comme numpy.linspace(de, à, n)</translation>
    </message>
    <message>
        <source>Each interior x moves randomly by up to the given fraction of a step (half either way), so the spacing is uneven but x keeps increasing</source>
        <translation>Chaque x intérieur se déplace au hasard d’au plus la fraction de pas indiquée (la moitié de chaque côté) : le pas devient irrégulier mais x reste croissant</translation>
    </message>
    <message>
        <source> of a step</source>
        <translation> d’un pas</translation>
    </message>
    <message>
        <source>x spacing:</source>
        <translation>Pas de x :</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to y (0: none)</source>
        <translation>Écart type du bruit gaussien ajouté à y (0 : aucun)</translation>
    </message>
    <message>
        <source>&amp;Noise σ:</source>
        <translation>&amp;Bruit σ :</translation>
    </message>
    <message>
        <source>The same seed gives the same jitter and noise on every run</source>
        <translation>La même graine donne la même perturbation et le même bruit à chaque exécution</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation>Sur le graphique</translation>
    </message>
    <message>
        <source>Show &amp;exact derivative</source>
        <translation>Afficher la dérivée e&amp;xacte</translation>
    </message>
    <message>
        <source>Show e&amp;rror (numeric − exact)</source>
        <translation>Afficher l’e&amp;rreur (numérique − exacte)</translation>
    </message>
    <message>
        <source>The document&apos;s derivative minus the exact one, on its own axis; it follows edits and the edge order</source>
        <translation>La dérivée du document moins la dérivée exacte, sur son propre axe ; elle suit les modifications et l’ordre aux bords</translation>
    </message>
    <message>
        <source>Type a formula in x, e.g. sin(x) or x^2 + 1.</source>
        <translation>Tapez une formule en x, p. ex. sin(x) ou x^2 + 1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>computed numerically at each x (Richardson extrapolation, typically within 1e-11 relative where f is smooth)</source>
        <translation>calculée numériquement en chaque x (extrapolation de Richardson, en général à 1e-11 près en relatif là où f est lisse)</translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation>%1 (exacte)</translation>
    </message>
    <message>
        <source>Nothing generated: %1</source>
        <translation>Rien n’a été généré : %1</translation>
    </message>
    <message>
        <source>Nothing generated: %1.</source>
        <translation>Rien n’a été généré : %1.</translation>
    </message>
    <message>
        <source>The table was kept: it has unsaved changes.</source>
        <translation>Le tableau a été conservé : il a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>f is undefined at %1 of the %2 points; those rows are gaps.</source>
        <translation>f n’est pas définie en %1 des %2 points ; ces lignes sont des trous.</translation>
    </message>
    <message>
        <source>Generated %1 points of f(x) = %2.</source>
        <translation>%1 points de f(x) = %2 générés.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Tangent is not sure how to read this file. Check the preview and adjust the choices below.</source>
        <translation>Tangent ne sait pas au juste comment lire ce fichier. Vérifiez l’aperçu et ajustez les choix ci-dessous.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>La première ligne est un &amp;en-tête</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1,5)</source>
        <translation>Les nombres utilisent une &amp;virgule décimale (1,5)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source> (text)</source>
        <translation> (texte)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n colonne.</numerusform>
            <numerusform>%n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>With these choices the file cannot be read: %1</source>
        <translation>Avec ces choix, le fichier ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::LanguageText</name>
    <message>
        <source>Use the language CODE (en, de, fr, es) instead of the system&apos;s; numbers in the table follow it.</source>
        <translation>Utiliser la langue CODE (en, de, fr, es) au lieu de celle du système ; les nombres du tableau la suivent.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language code; use one of en, %2</source>
        <translation>--lang : « %1 » n’est pas un code de langue ; utilisez l’un de en, %2</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; use one of en, %2</source>
        <translation>--lang : il n’y a pas de traduction pour « %1 » ; utilisez l’un de en, %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MainWindow</name>
    <message>
        <source>Restored unsaved changes of %1</source>
        <translation>Modifications non enregistrées de %1 restaurées</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Dérivée</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the table under a new name</source>
        <translation>Enregistrer le tableau sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export Derivative CSV…</source>
        <translation>Exporter la &amp;dérivée en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write x, y and the derivative as CSV (tangent-cli&apos;s format)</source>
        <translation>Écrire x, y et la dérivée en CSV (format de tangent-cli)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Tangent</source>
        <translation>Quitter Tangent</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copier les cellules sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection</source>
        <translation>Coller des cellules d’un tableur à la sélection</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Vider les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells (they become gaps)</source>
        <translation>Vider les cellules sélectionnées (elles deviennent des trous)</translation>
    </message>
    <message>
        <source>&amp;Insert Row</source>
        <translation>&amp;Insérer une ligne</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert a row above the current one</source>
        <translation>Insérer une ligne au-dessus de la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Insert Colu&amp;mn</source>
        <translation>Insérer une colo&amp;nne</translation>
    </message>
    <message>
        <source>Insert a column after the current one</source>
        <translation>Insérer une colonne après la colonne courante</translation>
    </message>
    <message>
        <source>Delete the current column</source>
        <translation>Supprimer la colonne courante</translation>
    </message>
    <message>
        <source>Re&amp;name Column…</source>
        <translation>Reno&amp;mmer la colonne…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the current column and set its unit</source>
        <translation>Renommer la colonne courante et régler son unité</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation>Afficher toutes les données</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen, large fonts and thick lines for projectors</source>
        <translation>Plein écran, grandes polices et traits épais pour les projecteurs</translation>
    </message>
    <message>
        <source>Edge Order &amp;1</source>
        <translation>Ordre aux bords &amp;1</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>First-order differences at the ends (numpy&apos;s default)</source>
        <translation>Différences du premier ordre aux bords (valeur par défaut de numpy)</translation>
    </message>
    <message>
        <source>Edge Order &amp;2</source>
        <translation>Ordre aux bords &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Second-order differences at the ends</source>
        <translation>Différences du second ordre aux bords</translation>
    </message>
    <message>
        <source>&amp;About Tangent</source>
        <translation>À &amp;propos de Tangent</translation>
    </message>
    <message>
        <source>About Tangent</source>
        <translation>À propos de Tangent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Derivative</source>
        <translation>&amp;Dérivée</translation>
    </message>
    <message>
        <source>Copy numpy &amp;Call</source>
        <translation>Copier l’&amp;appel numpy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Show &amp;Tangent</source>
        <translation>Afficher la &amp;tangente</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Draw the tangent with the computed slope at the selected or hovered point</source>
        <translation>Tracer la tangente avec la pente calculée au point sélectionné ou survolé</translation>
    </message>
    <message>
        <source>Clear &amp;Secant</source>
        <translation>Effacer la &amp;sécante</translation>
    </message>
    <message>
        <source>Remove the secant (Shift+click a point on the chart to draw one)</source>
        <translation>Retirer la sécante (Maj+clic sur un point du graphique pour en tracer une)</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>Point sui&amp;vant</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Move the tangent to the next point</source>
        <translation>Déplacer la tangente au point suivant</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Move the tangent to the previous point</source>
        <translation>Déplacer la tangente au point précédent</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Function Lab…</source>
        <translation>&amp;Laboratoire de fonctions…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Generate data from a function and compare with its exact derivative</source>
        <translation>Générer des données à partir d’une fonction et les comparer à sa dérivée exacte</translation>
    </message>
    <message>
        <source>&amp;Convergence…</source>
        <translation>&amp;Convergence…</translation>
    </message>
    <message>
        <source>Largest error against the number of points, edge order 1 and 2, log-log</source>
        <translation>Plus grande erreur selon le nombre de points, ordres aux bords 1 et 2, en log-log</translation>
    </message>
    <message>
        <source>Compare &amp;Edge Orders…</source>
        <translation>Comparer les &amp;ordres aux bords…</translation>
    </message>
    <message>
        <source>The derivative with edge order 1 and 2 on one chart, and where they differ</source>
        <translation>La dérivée avec les ordres aux bords 1 et 2 sur un même graphique, et là où elles diffèrent</translation>
    </message>
    <message>
        <source>Compare &amp;Methods…</source>
        <translation>Comparer les &amp;méthodes…</translation>
    </message>
    <message>
        <source>numpy, MATLAB/Octave and Origin&apos;s average of slopes, with residuals against numpy</source>
        <translation>numpy, MATLAB/Octave et la moyenne des pentes d’Origin, avec les résidus par rapport à numpy</translation>
    </message>
    <message>
        <source>Show the &amp;Whole Computation…</source>
        <translation>Afficher tout le calc&amp;ul…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>Le calcul de chaque ligne, une ligne par valeur, tel que tangent-cli --explain l’affiche</translation>
    </message>
    <message>
        <source>Cop&amp;y Explanation</source>
        <translation>Cop&amp;ier l’explication</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s formula and arithmetic as text</source>
        <translation>Copier la formule et le calcul de la ligne sélectionnée sous forme de texte</translation>
    </message>
    <message>
        <source>%1 (sample) — Tangent</source>
        <translation>%1 (exemple) — Tangent</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Tangent</source>
        <translation>%1[*] — Tangent</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;The derivative of tabular data, computed exactly as &lt;code&gt;numpy.gradient&lt;/code&gt; computes it (bit for bit on float64).&lt;/p&gt;&lt;p&gt;Open or type x/y data, choose the spacing and the edge order, and see the curve and its derivative together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;La dérivée de données tabulaires, calculée exactement comme &lt;code&gt;numpy.gradient&lt;/code&gt; la calcule (bit à bit en float64).&lt;/p&gt;&lt;p&gt;Ouvrez ou tapez des données x/y, choisissez le pas et l’ordre aux bords, et voyez la courbe et sa dérivée ensemble.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation>Supprimer la col&amp;onne</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>Open several files, each in a tab of its own</source>
        <translation>Ouvrir plusieurs fichiers, chacun dans son propre onglet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Close the table shown (asks about unsaved changes)</source>
        <translation>Fermer le tableau affiché (demande quoi faire des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Apply the current settings and method to several files: one derivative CSV each, in a folder</source>
        <translation>Appliquer les réglages et la méthode actuels à plusieurs fichiers : un CSV de dérivée pour chacun, dans un dossier</translation>
    </message>
    <message>
        <source>Save the data file&apos;s place (or the edited table), the settings, the zoom and the classroom state as a .tangent session</source>
        <translation>Enregistrer l’emplacement du fichier de données (ou le tableau modifié), les réglages, le zoom et l’état de la classe dans une session .tangent</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>With a smoothing method: draw y − smoothed against an axis of its own</source>
        <translation>Avec une méthode de lissage : tracer y − lissé sur un axe à part</translation>
    </message>
    <message>
        <source>Every smoothing method against the exact derivative on noisy data, and RMSE against the noise</source>
        <translation>Chaque méthode de lissage comparée à la dérivée exacte sur des données bruitées, et l’erreur quadratique moyenne selon le bruit</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Tangent</source>
        <translation>%1 (%2)[*] — Tangent</translation>
    </message>
    <message>
        <source>Open Severa&amp;l…</source>
        <translation>Ouvrir p&amp;lusieurs…</translation>
    </message>
    <message>
        <source>Export Derivatives of Several &amp;Files…</source>
        <translation>Exporter les dérivées de pl&amp;usieurs fichiers…</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>Enregistrer la sessio&amp;n…</translation>
    </message>
    <message>
        <source>Show Resi&amp;duals</source>
        <translation>&amp;Afficher les résidus</translation>
    </message>
    <message>
        <source>N&amp;oise and Methods…</source>
        <translation>&amp;Bruit et méthodes…</translation>
    </message>
    <message>
        <source>Open a CSV, .npy, .xlsx or .ods file</source>
        <translation>Ouvrir un fichier CSV, .npy, .xlsx ou .ods</translation>
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
        <translation>numpy.gradient (exact)</translation>
    </message>
    <message>
        <source>How the derivative is computed: numpy.gradient exactly, or a method that smooths noisy data first (docs/smoothing.md)</source>
        <translation>Comment la dérivée est calculée : exactement numpy.gradient, ou une méthode qui lisse d’abord les données bruitées (docs/smoothing.md)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Exactly numpy.gradient: no smoothing.</source>
        <translation>Exactement numpy.gradient : aucun lissage.</translation>
    </message>
    <message>
        <source>λ:</source>
        <translation>λ :</translation>
    </message>
    <message>
        <source>by GC&amp;V</source>
        <translation>par &amp;GCV</translation>
    </message>
    <message>
        <source>Smoothing spline: weight λ of the curvature ∫f&apos;&apos;² against the misfit Σ(y − f)²</source>
        <translation>Spline de lissage : poids λ de la courbure ∫f&apos;&apos;² face à l’écart Σ(y − f)²</translation>
    </message>
    <message>
        <source>α:</source>
        <translation>α :</translation>
    </message>
    <message>
        <source>&amp;auto</source>
        <translation>&amp;auto</translation>
    </message>
    <message>
        <source>Total variation: weight α of the derivative&apos;s total variation</source>
        <translation>Variation totale : poids α de la variation totale de la dérivée</translation>
    </message>
    <message>
        <source>log₁₀(q/r):</source>
        <translation>log₁₀(q/r) :</translation>
    </message>
    <message>
        <source>Kalman smoother: process noise q against measurement noise r, as log10(q/r)</source>
        <translation>Lisseur de Kalman : bruit de processus q face au bruit de mesure r, en log10(q/r)</translation>
    </message>
    <message>
        <source>Tangent picks the method and its parameter by cross-validation.</source>
        <translation>Tangent choisit la méthode et son paramètre par validation croisée.</translation>
    </message>
    <message>
        <source>Automatic: the core chooses the value from the data (cross-validation, GCV or maximum likelihood; docs/smoothing.md) and the slider shows it</source>
        <translation>Automatique : le cœur de calcul choisit la valeur d’après les données (validation croisée, GCV ou maximum de vraisemblance ; docs/smoothing.md) et le curseur l’affiche</translation>
    </message>
    <message>
        <source>Savitzky–Golay: the window in points (odd)</source>
        <translation>Savitzky–Golay : la fenêtre en points (impaire)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>Savitzky–Golay: order of the polynomial fitted in each window (less than the window)</source>
        <translation>Savitzky–Golay : ordre du polynôme ajusté dans chaque fenêtre (inférieur à la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Polynomial order:</source>
        <translation>Ordre du &amp;polynôme :</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Ran: %1</source>
        <translation>Exécuté : %1</translation>
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
        <translation>f′ exacte (à gauche)</translation>
    </message>
    <message>
        <source>its σ (right)</source>
        <translation>son σ (à droite)</translation>
    </message>
    <message>
        <source>Noise and Methods</source>
        <translation>Bruit et méthodes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Parameters used</source>
        <translation>Paramètres utilisés</translation>
    </message>
    <message>
        <source>RMSE of f′</source>
        <translation>EQM de f′</translation>
    </message>
    <message>
        <source>× numpy</source>
        <translation>× numpy</translation>
    </message>
    <message>
        <source>A difference quotient divides the noise by the spacing: noise of size σ on samples h apart gives numpy.gradient an error of about σ/(h·√2), whatever the function. Halving h to cut the truncation error doubles the noise, so on measured data the derivative is mostly noise. Every smoothing method fits the data over several rows before differentiating: it trades a little bias (the true curve is smoothed too) for much less variance. On the right, numpy&apos;s line rises in step with σ (slope 1); the smoothing methods rise more slowly, and at very small σ, where there is nothing to remove, their bias can make them worse than numpy. Every level uses the same noise seed, scaled.</source>
        <translation>Un taux d’accroissement divise le bruit par le pas : un bruit d’amplitude σ sur des échantillons espacés de h donne à numpy.gradient une erreur d’environ σ/(h·√2), quelle que soit la fonction. Diviser h par deux pour réduire l’erreur de troncature double le bruit, si bien que sur des données mesurées la dérivée est surtout du bruit. Chaque méthode de lissage ajuste les données sur plusieurs lignes avant de dériver : elle échange un peu de biais (la vraie courbe est lissée aussi) contre beaucoup moins de variance. À droite, la courbe de numpy monte au même rythme que σ (pente 1) ; les méthodes de lissage montent plus lentement, et pour un σ très petit, où il n’y a rien à retirer, leur biais peut les rendre moins bonnes que numpy. Chaque niveau utilise la même graine de bruit, mise à l’échelle.</translation>
    </message>
    <message>
        <source>Derivative of the noisy samples, by method</source>
        <translation>Dérivée des échantillons bruités, par méthode</translation>
    </message>
    <message>
        <source>exact f′</source>
        <translation>f′ exacte</translation>
    </message>
    <message>
        <source>RMSE of the derivative against the noise σ</source>
        <translation>EQM de la dérivée selon le bruit σ</translation>
    </message>
    <message>
        <source>noise σ</source>
        <translation>bruit σ</translation>
    </message>
    <message>
        <source>σ of the chart on the left</source>
        <translation>σ du graphique de gauche</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4 points, Gaussian noise σ = %5%6, from the Function Lab&apos;s seed.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; sur [%2, %3], %4 points, bruit gaussien σ = %5%6, à partir de la graine du laboratoire de fonctions.</translation>
    </message>
    <message>
        <source> (2% of f&apos;s spread: the lab has no noise)</source>
        <translation> (2 % de l’étendue de f : le laboratoire n’a pas de bruit)</translation>
    </message>
    <message>
        <source>Computing the noise sweep…</source>
        <translation>Calcul du balayage du bruit…</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Pas d’étude : %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No sweep: %1</source>
        <translation>Pas de balayage : %1</translation>
    </message>
    <message>
        <source>Noise sweep: %1 levels of σ, %2 points each, the same noise scaled.</source>
        <translation>Balayage du bruit : %1 niveaux de σ, %2 points chacun, le même bruit mis à l’échelle.</translation>
    </message>
    <message>
        <source>95% &amp;band of:</source>
        <translation>&amp;Bande à 95 % de :</translation>
    </message>
    <message>
        <source>every method</source>
        <translation>chaque méthode</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Shade value ± 1.96 sd, the band the noise gives each method&apos;s derivative</source>
        <translation>Ombrer valeur ± 1,96 sd, la bande que le bruit donne à la dérivée de chaque méthode</translation>
    </message>
    <message>
        <source>Band covers f′</source>
        <translation>La bande contient f′</translation>
    </message>
    <message>
        <source>How often the exact derivative lies inside the method&apos;s 95% band (interior points); 95% is right</source>
        <translation>Combien de fois la dérivée exacte tombe dans la bande à 95 % de la méthode (points intérieurs) ; 95 % est juste</translation>
    </message>
    <message>
        <source>The shaded bands are each method&apos;s 95% interval, value ± 1.96 sd: the noise σ, estimated from the samples, carried through the method. A band is honest when it holds the exact derivative about 95% of the time (the table&apos;s last column). numpy&apos;s band is honest but wide; a smoothing method&apos;s is narrow and still holds the truth, which is why its line with a band says more than numpy&apos;s line. Where the curve bends sharply the smoothing&apos;s bias is not in the band, and coverage drops. Total variation has no band.</source>
        <translation>Les bandes ombrées sont l&apos;intervalle à 95 % de chaque méthode, valeur ± 1,96 sd : le bruit σ, estimé à partir des échantillons, porté à travers la méthode. Une bande est honnête quand elle contient la dérivée exacte environ 95 % du temps (la dernière colonne du tableau). La bande de numpy est honnête mais large ; celle d&apos;une méthode de lissage est étroite et contient pourtant la vérité : c&apos;est pourquoi sa courbe avec une bande en dit plus que la courbe de numpy. Là où la courbe tourne brusquement, le biais du lissage n&apos;est pas dans la bande et la couverture baisse. La variation totale n&apos;a pas de bande.</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>bande de %1</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>pas de bande</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MethodsPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent): inside, g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) with h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;; for evenly spaced x, (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Ends: one-sided, first order (edge_order=1) or second order (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt;: inside, g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;); ends (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) and (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Average of slopes&lt;/b&gt; (Origin&apos;s Differentiate; SciDAVis and QtiPlot drop the two ends): inside, g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)]; ends as MATLAB&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent) : à l’intérieur, g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) avec h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt; ; pour x régulièrement espacé, (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Bords : décentrés, du premier ordre (edge_order=1) ou du second ordre (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt; : à l’intérieur, g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) ; bords (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) et (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Moyenne des pentes&lt;/b&gt; (Differentiate d’Origin ; SciDAVis et QtiPlot omettent les deux bords) : à l’intérieur, g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)] ; bords comme MATLAB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The same data differentiated three ways</source>
        <translation>Les mêmes données dérivées de trois façons</translation>
    </message>
    <message>
        <source>derivative</source>
        <translation>dérivée</translation>
    </message>
    <message>
        <source>Residuals against numpy (method − numpy)</source>
        <translation>Résidus par rapport à numpy (méthode − numpy)</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>résidu</translation>
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
        <translation>numpy est calculé avec edge_order=%1, comme dans le document.</translation>
    </message>
    <message>
        <source>x is evenly spaced, so all three compute (y[i+1] − y[i−1]) / 2h inside and one-sided slopes at the ends: they agree with numpy up to rounding. Jitter x in the Function Lab to see them part. </source>
        <translation>x est régulièrement espacé, donc les trois calculent (y[i+1] − y[i−1]) / 2h à l’intérieur et des pentes décentrées aux bords : elles concordent avec numpy à l’arrondi près. Perturbez x dans le laboratoire de fonctions pour les voir diverger. </translation>
    </message>
    <message>
        <source>x is evenly spaced, so the interiors agree up to rounding; numpy&apos;s second-order ends differ from the others&apos; one-sided slopes. </source>
        <translation>x est régulièrement espacé, donc les intérieurs concordent à l’arrondi près ; les bords du second ordre de numpy diffèrent des pentes décentrées des autres. </translation>
    </message>
    <message>
        <source>x is unevenly spaced: numpy weights the two gaps on each side (second-order accurate), while MATLAB&apos;s gradient and the average of slopes are only first-order accurate inside, hence the residuals. </source>
        <translation>x est irrégulièrement espacé : numpy pondère les deux écarts de chaque côté (précision du second ordre), tandis que le gradient de MATLAB et la moyenne des pentes ne sont précis qu’au premier ordre à l’intérieur, d’où les résidus. </translation>
    </message>
</context>
<context>
    <name>tangent::ui::NoiseBanner</name>
    <message>
        <source>Use &amp;Automatic</source>
        <translation>Utiliser le mode au&amp;tomatique</translation>
    </message>
    <message>
        <source>Let Tangent choose a smoothing method and its parameter (one undo step)</source>
        <translation>Laisser Tangent choisir une méthode de lissage et son paramètre (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this note for this file (the Diagnostics dock keeps it)</source>
        <translation>Masquer cette note pour ce fichier (le panneau Diagnostic la conserve)</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; is mostly noise (signal-to-noise ratio %2).</source>
        <translation>La dérivée de « %1 » par numpy.gradient est surtout du bruit (rapport signal sur bruit %2).</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative is mostly noise.</source>
        <translation>La dérivée par numpy.gradient est surtout du bruit.</translation>
    </message>
    <message>
        <source>Other columns too (%1 in all).</source>
        <translation>D’autres colonnes aussi (%1 en tout).</translation>
    </message>
    <message>
        <source>A smoothing method shows the trend under the noise.</source>
        <translation>Une méthode de lissage montre la tendance sous le bruit.</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; cannot be told apart from its noise.</source>
        <translation>La dérivée de « %1 » par numpy.gradient ne se distingue pas de son bruit.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::PaletteText</name>
    <message>
        <source>Colours: system (the desktop&apos;s, by default), light, dark or high-contrast.</source>
        <translation>Couleurs : system (celles du bureau, par défaut), light (claires), dark (sombres) ou high-contrast (contraste élevé).</translation>
    </message>
    <message>
        <source>--palette: unknown palette &apos;%1&apos;; use one of %2</source>
        <translation>--palette : palette inconnue « %1 » ; utilisez l’une de %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes — Tangent</source>
        <translation>Récupérer les modifications non enregistrées — Tangent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recover unsaved changes&lt;/h3&gt;&lt;p&gt;Tangent did not close normally. These tables had changes that were not saved. &lt;b&gt;Restore&lt;/b&gt; opens them again, marked as modified, to save or keep editing; &lt;b&gt;Discard&lt;/b&gt; throws the changes away. Your files on disk have not been changed either way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Récupérer les modifications non enregistrées&lt;/h3&gt;&lt;p&gt;Tangent ne s’est pas fermé normalement. Ces tableaux avaient des modifications non enregistrées. &lt;b&gt;Restaurer&lt;/b&gt; les rouvre, marqués comme modifiés, pour les enregistrer ou continuer à les modifier ; &lt;b&gt;Abandonner&lt;/b&gt; supprime les modifications. Vos fichiers sur le disque ne sont modifiés dans aucun des cas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Damaged recovery file</source>
        <translation>Fichier de récupération endommagé</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>ne peut pas être restauré : %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryText</name>
    <message>
        <source>column %1</source>
        <translation>de la colonne %1</translation>
    </message>
    <message>
        <source>column %1 has an unknown kind %2</source>
        <translation>la colonne %1 a un type inconnu %2</translation>
    </message>
    <message>
        <source>column %1 claims %2 values; the file is shorter</source>
        <translation>la colonne %1 annonce %2 valeurs ; le fichier est plus court</translation>
    </message>
    <message>
        <source>the file ends inside column %1</source>
        <translation>le fichier s’arrête au milieu de la colonne %1</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>des réglages</translation>
    </message>
    <message>
        <source>the settings are damaged</source>
        <translation>les réglages sont endommagés</translation>
    </message>
    <message>
        <source>the settings are out of range</source>
        <translation>les réglages sont hors limites</translation>
    </message>
    <message>
        <source>the file ends inside %1</source>
        <translation>le fichier s’arrête au milieu %1</translation>
    </message>
    <message>
        <source>not a Tangent recovery file</source>
        <translation>ce n’est pas un fichier de récupération de Tangent</translation>
    </message>
    <message>
        <source>written in format %1; this Tangent reads format %2</source>
        <translation>écrit au format %1 ; ce Tangent lit le format %2</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>de l’en-tête</translation>
    </message>
    <message>
        <source>negative column count</source>
        <translation>nombre de colonnes négatif</translation>
    </message>
    <message>
        <source>column %1 has a different number of rows</source>
        <translation>la colonne %1 a un nombre de lignes différent</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>les groupes</translation>
    </message>
    <message>
        <source>the group column is damaged</source>
        <translation>la colonne de groupe est endommagée</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos;</source>
        <translation>le texte de la colonne « %1 »</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos; has the wrong length</source>
        <translation>le texte de la colonne « %1 » n’a pas la bonne longueur</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ResidualTableModel</name>
    <message>
        <source>0 (the reference)</source>
        <translation>0 (la référence)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>max |method − numpy|</source>
        <translation>max |méthode − numpy|</translation>
    </message>
    <message>
        <source>at row</source>
        <translation>à la ligne</translation>
    </message>
    <message>
        <source>RMS residual</source>
        <translation>résidu quadratique moyen</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SessionController</name>
    <message>
        <source>Where is %1?</source>
        <translation>Où se trouve %1 ?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans-titre</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Tangent sessions (*.tangent)</source>
        <translation>Sessions Tangent (*.tangent)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>Session %1 enregistrée</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>its settings do not fit the table: %1</source>
        <translation>ses réglages ne correspondent pas au tableau : %1</translation>
    </message>
    <message>
        <source>Opened the session %1, but the columns of %2 are not those it was saved with (%3): check the settings</source>
        <translation>Session %1 ouverte, mais les colonnes de %2 ne sont pas celles avec lesquelles elle a été enregistrée (%3) : vérifiez les réglages</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Session %1 ouverte</translation>
    </message>
    <message>
        <source>its data file %1 was not found; the session was not opened</source>
        <translation>son fichier de données %1 est introuvable ; la session n’a pas été ouverte</translation>
    </message>
    <message>
        <source>its data file could not be read: %1</source>
        <translation>son fichier de données n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Opening the session %1 was cancelled</source>
        <translation>Ouverture de la session %1 annulée</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SettingsPanel</name>
    <message>
        <source>Where the spacing comes from: an x column (coordinates, as numpy.gradient(y, x)) or a uniform spacing dx (as numpy.gradient(y, dx))</source>
        <translation>D’où vient le pas : une colonne x (coordonnées, comme numpy.gradient(y, x)) ou un pas uniforme dx (comme numpy.gradient(y, dx))</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x de :</translation>
    </message>
    <message>
        <source>Uniform spacing between samples (numpy&apos;s scalar spacing)</source>
        <translation>Pas uniforme entre les échantillons (le pas scalaire de numpy)</translation>
    </message>
    <message>
        <source>&amp;dx:</source>
        <translation>&amp;dx :</translation>
    </message>
    <message>
        <source>Columns to differentiate</source>
        <translation>Colonnes à dériver</translation>
    </message>
    <message>
        <source>&amp;y columns:</source>
        <translation>Colonnes &amp;y :</translation>
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
        <translation>Différences décentrées du premier ordre aux bords (valeur par défaut de numpy)</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends (needs at least 3 points)</source>
        <translation>Différences décentrées du second ordre aux bords (demande au moins 3 points)</translation>
    </message>
    <message>
        <source>Edge order:</source>
        <translation>Ordre aux bords :</translation>
    </message>
    <message>
        <source>Derivative order: the gradient applied this many times</source>
        <translation>Ordre de dérivation : le nombre de fois où le gradient est appliqué</translation>
    </message>
    <message>
        <source>Derivative &amp;order:</source>
        <translation>&amp;Ordre de dérivation :</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>Time unit of the derivative when x is a date column</source>
        <translation>Unité de temps de la dérivée quand x est une colonne de dates</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>Unité de &amp;temps :</translation>
    </message>
    <message>
        <source>Uniform spacing dx</source>
        <translation>Pas uniforme dx</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Colonne : %1</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends</source>
        <translation>Différences décentrées du second ordre aux bords</translation>
    </message>
    <message>
        <source>Edge order 2 needs at least %1 points</source>
        <translation>L’ordre aux bords 2 demande au moins %1 points</translation>
    </message>
    <message>
        <source>Edge order 1</source>
        <translation>Ordre aux bords 1</translation>
    </message>
    <message>
        <source>Edge order 2</source>
        <translation>Ordre aux bords 2</translation>
    </message>
    <message>
        <source>y columns</source>
        <translation>Colonnes y</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of this column on their own (rows of a group may be spread through the file), one curve per group</source>
        <translation>Données au format long : dériver séparément les lignes de chaque valeur de cette colonne (les lignes d’un groupe peuvent être dispersées dans le fichier), une courbe par groupe</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Grouper pa&amp;r :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The edge order applies to numpy.gradient only: the smoothing method chosen below treats the ends its own way</source>
        <translation>L’ordre aux bords ne s’applique qu’à numpy.gradient : la méthode de lissage choisie ci-dessous traite les extrémités à sa façon</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SheetChooser</name>
    <message>
        <source>Choose a sheet</source>
        <translation>Choisir une feuille</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s). Which one should be opened?</source>
        <translation>
            <numerusform>%1 a %n feuille. Laquelle faut-il ouvrir ?</numerusform>
            <numerusform>%1 a %n feuilles. Laquelle faut-il ouvrir ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (vide)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n ligne)</numerusform>
            <numerusform>%1 (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartPage</name>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;The derivative of tabular data, computed exactly as numpy.gradient computes it.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;La dérivée de données tabulaires, calculée exactement comme numpy.gradient la calcule.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Open the bundled sample %1</source>
        <translation>Ouvrir l’exemple fourni %1</translation>
    </message>
    <message>
        <source>Or drop CSV, .npy or .tangent files anywhere here: each opens in a tab.</source>
        <translation>Ou déposez des fichiers CSV, .npy ou .tangent n’importe où ici : chacun s’ouvre dans un onglet.</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>No recent files yet: open one, or start with a sample.</source>
        <translation>Aucun fichier récent pour l’instant : ouvrez-en un, ou commencez par un exemple.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartupOptions</name>
    <message>
        <source>Render the window to the PNG FILE once shown, then quit.</source>
        <translation>Rendre la fenêtre dans le fichier PNG FILE une fois affichée, puis quitter.</translation>
    </message>
    <message>
        <source>Show the tangent at row N (0-based) once loaded.</source>
        <translation>Afficher la tangente à la ligne N (à partir de 0) une fois chargé.</translation>
    </message>
    <message>
        <source>Select row N (0-based) in the table once loaded (the Explain panel explains it).</source>
        <translation>Sélectionner la ligne N (à partir de 0) du tableau une fois chargé (le panneau Explication l’explique).</translation>
    </message>
    <message>
        <source>Generate data from EXPR (Function Lab) with the exact derivative and error shown, instead of opening a sample.</source>
        <translation>Générer des données à partir de EXPR (laboratoire de fonctions) avec la dérivée exacte et l’erreur affichées, au lieu d’ouvrir un exemple.</translation>
    </message>
    <message>
        <source>Function Lab: number of points.</source>
        <translation>Laboratoire de fonctions : nombre de points.</translation>
    </message>
    <message>
        <source>Function Lab: noise standard deviation.</source>
        <translation>Laboratoire de fonctions : écart type du bruit.</translation>
    </message>
    <message>
        <source>Function Lab: random seed.</source>
        <translation>Laboratoire de fonctions : graine aléatoire.</translation>
    </message>
    <message>
        <source>Function Lab: jitter x by up to J of a step (&lt; 1).</source>
        <translation>Laboratoire de fonctions : perturber x d’au plus J pas (&lt; 1).</translation>
    </message>
    <message>
        <source>Open DIALOG: convergence, compare-edges, compare-methods or whole-computation.</source>
        <translation>Ouvrir la boîte de dialogue DIALOG : convergence, compare-edges, compare-methods ou whole-computation.</translation>
    </message>
    <message>
        <source>--show: unknown dialog &apos;%1&apos;</source>
        <translation>--show : boîte de dialogue inconnue « %1 »</translation>
    </message>
    <message>
        <source>Chart layout: overlay, stacked or multiples (this window only; View &gt; Layout remembers a choice).</source>
        <translation>Disposition du graphique : overlay, stacked ou multiples (cette fenêtre seulement ; Affichage &gt; Disposition retient un choix).</translation>
    </message>
    <message>
        <source>--layout: unknown layout &apos;%1&apos; (use overlay, stacked or multiples)</source>
        <translation>--layout : disposition inconnue &apos;%1&apos; (utiliser overlay, stacked ou multiples)</translation>
    </message>
    <message>
        <source>A table (*.csv *.tsv *.txt *.dat), a workbook (*.xlsx *.ods), an array (*.npy) or a session (*.tangent) to open; several files open in tabs</source>
        <translation>Un tableau (*.csv *.tsv *.txt *.dat), un classeur (*.xlsx *.ods), un tableau numpy (*.npy) ou une session (*.tangent) à ouvrir ; plusieurs fichiers s’ouvrent dans des onglets</translation>
    </message>
    <message>
        <source>Open the bundled sample NAME (without a file or a sample, the start page shows).</source>
        <translation>Ouvrir l’exemple fourni NAME (sans fichier ni exemple, la page d’accueil s’affiche).</translation>
    </message>
    <message>
        <source>Window size WxH, e.g. 1280x780; with --export-figure the figure&apos;s size, in pixels or with cm, mm or in.</source>
        <translation>Taille de la fenêtre WxH, p. ex. 1280x780 ; avec --export-figure, la taille de la figure, en pixels ou avec cm, mm ou in.</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx or .ods file to open, by name or 1-based position.</source>
        <translation>La feuille d’un fichier .xlsx ou .ods à ouvrir, par son nom ou sa position (à partir de 1).</translation>
    </message>
    <message>
        <source>--sheet applies to one .xlsx or .ods file to open</source>
        <translation>--sheet s’applique à un seul fichier .xlsx ou .ods à ouvrir</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band (this window only; View &gt; Uncertainty Band remembers a choice).</source>
        <translation>Ombrer la bande d&apos;incertitude à 95 % de chaque dérivée (cette fenêtre seulement ; Affichage &gt; Bande d&apos;incertitude retient un choix).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TabController</name>
    <message>
        <source>Open several files</source>
        <translation>Ouvrir plusieurs fichiers</translation>
    </message>
    <message>
        <source>Still reading a file; wait for it or cancel it first</source>
        <translation>Lecture d’un fichier en cours ; attendez-la ou annulez-la d’abord</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableModel</name>
    <message>
        <source>NaN: a gap or a repeated x next to this row</source>
        <translation>NaN : un trou ou un x répété à côté de cette ligne</translation>
    </message>
    <message>
        <source>gap (NaN)</source>
        <translation>trou (NaN)</translation>
    </message>
    <message>
        <source>(row %1, column &apos;%2&apos;)</source>
        <translation>(ligne %1, colonne « %2 »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date %2; write it as 2024-01-31 or 2024-01-31T12:00:00</source>
        <translation>« %1 » n’est pas une date %2 ; écrivez-la sous la forme 2024-01-31 ou 2024-01-31T12:00:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number %2</source>
        <translation>« %1 » n’est pas un nombre %2</translation>
    </message>
    <message>
        <source>Computed as %1</source>
        <translation>Calculé comme %1</translation>
    </message>
    <message>
        <source>%1
This column holds text that is neither numbers nor dates: it is not differentiated, but it can group the rows (Group by).</source>
        <translation>%1
Cette colonne contient du texte qui n’est ni des nombres ni des dates : elle n’est pas dérivée, mais elle peut grouper les lignes (Grouper par).</translation>
    </message>
</context>
</TS>
