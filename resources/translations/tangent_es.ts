<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CoreMessage</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>this comment line is longer than %1 MiB, the most Tangent reads in one line; is this a table of values?</source>
        <translation>esta línea de comentario supera los %1 MiB, lo máximo que Tangent lee en una línea; ¿es esto una tabla de valores?</translation>
    </message>
    <message>
        <source>this row is longer than %1 MiB, the most Tangent reads in one row; is this a table of values? Check that its lines end with line breaks and that every quote is closed</source>
        <translation>esta fila supera los %1 MiB, lo máximo que Tangent lee en una fila; ¿es esto una tabla de valores? Compruebe que sus líneas terminan con saltos de línea y que todas las comillas están cerradas</translation>
    </message>
    <message>
        <source>this row has more than %1 fields, the most Tangent reads in one row; is this a table of values with %2 between them?</source>
        <translation>esta fila tiene más de %1 campos, lo máximo que Tangent lee en una fila; ¿es esto una tabla de valores separados por %2?</translation>
    </message>
    <message>
        <source>this row has 1 field but %3 has %1; fields are separated by %2, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>esta fila tiene 1 campo pero %3 tiene %1; los campos se separan con %2, así que busque en esta fila un separador que falte o sobre, y ponga entre comillas los valores que contengan uno</translation>
    </message>
    <message>
        <source>this row has %1 fields but %4 has %2; fields are separated by %3, so check this row for a missing or extra separator, and put quotes around values that contain one</source>
        <translation>esta fila tiene %1 campos pero %4 tiene %2; los campos se separan con %3, así que busque en esta fila un separador que falte o sobre, y ponga entre comillas los valores que contengan uno</translation>
    </message>
    <message>
        <source>the header (line %1)</source>
        <translation>la cabecera (línea %1)</translation>
    </message>
    <message>
        <source>the first row (line %1)</source>
        <translation>la primera fila (línea %1)</translation>
    </message>
    <message>
        <source>this line is blank but the table has %1 columns; delete the line, or write NA for each missing value</source>
        <translation>esta línea está en blanco pero la tabla tiene %1 columnas; borre la línea o escriba NA para cada valor que falte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file has only comment lines (&apos;#&apos;) and no table</source>
        <translation>el archivo solo tiene líneas de comentario («#») y ninguna tabla</translation>
    </message>
    <message>
        <source>the file has a header but no data rows; add rows of values below the header</source>
        <translation>el archivo tiene cabecera pero ninguna fila de datos; añada filas de valores debajo de la cabecera</translation>
    </message>
    <message>
        <source>the quoted field that starts on this line is never closed; add the missing closing quote (&quot;), and write a quote inside a quoted field as &quot;&quot;</source>
        <translation>el campo entre comillas que empieza en esta línea no se cierra nunca; añada la comilla de cierre que falta (&quot;) y escriba una comilla dentro de un campo entre comillas como &quot;&quot;</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; put the whole field in quotes and write a quote inside it as &quot;&quot;</source>
        <translation>texto inesperado tras una comilla de cierre; ponga todo el campo entre comillas y escriba una comilla dentro de él como &quot;&quot;</translation>
    </message>
    <message>
        <source>give either an x column or a uniform spacing dx, not both</source>
        <translation>indique una columna x o un espaciado uniforme dx, no ambos</translation>
    </message>
    <message>
        <source>the spacing dx must be a finite number other than 0</source>
        <translation>el espaciado dx debe ser un número finito distinto de 0</translation>
    </message>
    <message>
        <source>--smoothed needs a --method other than numpy (numpy.gradient does not smooth)</source>
        <translation>--smoothed necesita un --method distinto de numpy (numpy.gradient no suaviza)</translation>
    </message>
    <message>
        <source>--edge-order belongs to --method numpy; --method %1 treats the ends itself</source>
        <translation>--edge-order pertenece a --method numpy; --method %1 trata los bordes por sí mismo</translation>
    </message>
    <message>
        <source>--noise-sd is the noise level of the uncertainty band; add --uncertainty</source>
        <translation>--noise-sd es el nivel de ruido de la banda de incertidumbre; añada --uncertainty</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is left out: &apos;%2&apos; is not a number (fix the cell, or --strict to make this an error)</source>
        <translation>la columna «%1» se deja fuera: «%2» no es un número (corrija la celda, o --strict para que sea un error)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x</source>
        <translation>no hay ninguna columna numérica que derivar aparte de x</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x and the group</source>
        <translation>no hay ninguna columna numérica que derivar aparte de x y del grupo</translation>
    </message>
    <message>
        <source>no uncertainty band for &apos;%1&apos;: %2</source>
        <translation>sin banda de incertidumbre para «%1»: %2</translation>
    </message>
    <message>
        <source>cannot differentiate &apos;%1&apos;: %2</source>
        <translation>no se puede derivar «%1»: %2</translation>
    </message>
    <message>
        <source>the group column cannot also be the x column</source>
        <translation>la columna de grupos no puede ser también la columna x</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric; choose another column</source>
        <translation>la columna %1 «%2» no es numérica; elija otra columna</translation>
    </message>
    <message>
        <source>the %1 column &apos;%2&apos; is not numeric (&apos;%3&apos; is not a number); fix the cell or choose another column</source>
        <translation>la columna %1 «%2» no es numérica («%3» no es un número); corrija la celda o elija otra columna</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>no se puede suavizar «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) decreases throughout; the derivatives are still correct</source>
        <translation>x («%1») decrece en todo el rango; las derivadas siguen siendo correctas</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is not increasing: %2 comes after %3; numpy.gradient does not sort, so the slopes across each step back are meaningless</source>
        <translation>x («%1») no es creciente: %2 va después de %3; numpy.gradient no ordena, así que las pendientes en cada retroceso no tienen sentido</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x («%1») se repite (%2 dos veces seguidas): el paso ahí es 0, así que las pendientes junto a él son infinitas o NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) repeats (%2 twice in a row, and in %3 more place(s)): the step there is 0, so the slopes next to it are infinite or NaN</source>
        <translation>x («%1») se repite (%2 dos veces seguidas, y en %3 sitio(s) más): el paso ahí es 0, así que las pendientes junto a él son infinitas o NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) has %2 gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN</source>
        <translation>x («%1») tiene %2 hueco(s) (celdas vacías o NaN), el primero aquí: las derivadas junto a ellos son NaN</translation>
    </message>
    <message>
        <source>x (&apos;%1&apos;) is evenly spaced to within %2 (relative) but not exactly (steps from %3 to %4): numpy then uses its non-uniform formula, and so does tangent-cli</source>
        <translation>x («%1») está equiespaciado con una tolerancia de %2 (relativa) pero no exactamente (pasos de %3 a %4): numpy usa entonces su fórmula no uniforme, y tangent-cli también</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has 1 row, too few for %2 (needs %3)</source>
        <translation>el grupo «%1» tiene 1 fila, demasiado pocas para %2 (necesita %3)</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 rows, too few for %3 (needs %4)</source>
        <translation>el grupo «%1» tiene %2 filas, demasiado pocas para %3 (necesita %4)</translation>
    </message>
    <message>
        <source>cannot differentiate group &apos;%1&apos;: %2</source>
        <translation>no se puede derivar el grupo «%1»: %2</translation>
    </message>
    <message>
        <source>cannot smooth group &apos;%1&apos;: %2</source>
        <translation>no se puede suavizar el grupo «%1»: %2</translation>
    </message>
    <message>
        <source>warning: %1; its derivative cells are left empty</source>
        <translation>aviso: %1; sus celdas de derivada quedan vacías</translation>
    </message>
    <message>
        <source>%1 must be a finite number above 0, not %2</source>
        <translation>%1 debe ser un número finito mayor que 0, no %2</translation>
    </message>
    <message>
        <source>--order must be 1 or more, not %1</source>
        <translation>--order debe ser 1 o más, no %1</translation>
    </message>
    <message>
        <source>--method %1 gives derivatives up to order %2, not %3</source>
        <translation>--method %1 da derivadas hasta el orden %2, no %3</translation>
    </message>
    <message>
        <source>--polyorder must be 0 or more, not %1</source>
        <translation>--polyorder debe ser 0 o más, no %1</translation>
    </message>
    <message>
        <source>--iterations must be 1 or more, not %1</source>
        <translation>--iterations debe ser 1 o más, no %1</translation>
    </message>
    <message>
        <source>--ratio (log10 of q/r) must be a finite number, not %1</source>
        <translation>--ratio (log10 de q/r) debe ser un número finito, no %1</translation>
    </message>
    <message>
        <source>numpy.gradient (--method numpy) differentiates without smoothing; it is not one of the smoothing methods</source>
        <translation>numpy.gradient (--method numpy) deriva sin suavizar; no es uno de los métodos de suavizado</translation>
    </message>
    <message>
        <source>the savgol window must be odd (a centre point and as many on each side), not %1</source>
        <translation>la ventana de savgol debe ser impar (un punto central y los mismos a cada lado), no %1</translation>
    </message>
    <message>
        <source>the savgol polyorder %1 must be less than the window %2</source>
        <translation>el orden polinómico de savgol %1 debe ser menor que la ventana %2</translation>
    </message>
    <message>
        <source>the savgol window %1 is too small; use at least 3 points</source>
        <translation>la ventana de savgol %1 es demasiado pequeña; use al menos 3 puntos</translation>
    </message>
    <message>
        <source>a polynomial of order %1 has no derivative of order %2; raise --polyorder or lower --order</source>
        <translation>un polinomio de orden %1 no tiene derivada de orden %2; suba --polyorder o baje --order</translation>
    </message>
    <message>
        <source>the savgol window %1 is longer than the data (%2 points that are not NaN); use a window of at most %3</source>
        <translation>la ventana de savgol %1 es más larga que los datos (%2 puntos que no son NaN); use una ventana de %3 como mucho</translation>
    </message>
    <message>
        <source>%1 needs x strictly increasing, but x = %2 does not come after %3; sort the rows by x and merge repeated x values</source>
        <translation>%1 necesita x estrictamente creciente, pero x = %2 no va después de %3; ordene las filas por x y combine los valores de x repetidos</translation>
    </message>
    <message>
        <source>there are %1 x values for %2 y values</source>
        <translation>hay %1 valores de x para %2 valores de y</translation>
    </message>
    <message>
        <source>the spacing must be a finite number above 0 for this method</source>
        <translation>el espaciado debe ser un número finito mayor que 0 para este método</translation>
    </message>
    <message>
        <source>an infinite value cannot be smoothed; replace it or leave the cell empty</source>
        <translation>un valor infinito no se puede suavizar; sustitúyalo o deje la celda vacía</translation>
    </message>
    <message>
        <source>%1 needs at least %2 points that are not NaN, but there are %3</source>
        <translation>%1 necesita al menos %2 puntos que no sean NaN, pero hay %3</translation>
    </message>
    <message>
        <source>the smoothing system is not positive definite (is x spread over too wide a range, or the parameter extreme?)</source>
        <translation>el sistema de suavizado no es definido positivo (¿abarca x un rango demasiado amplio, o es extremo el parámetro?)</translation>
    </message>
    <message>
        <source>total variation (tvr) has no uncertainty band: its derivative is not a linear or Gaussian function of the data, so no honest standard deviation follows from the noise level; use spline, kalman or savgol for a band</source>
        <translation>la variación total (tvr) no tiene banda de incertidumbre: su derivada no es una función lineal ni gaussiana de los datos, así que del nivel de ruido no se sigue ninguna desviación típica honesta; use spline, kalman o savgol para tener una banda</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: %2</source>
        <translation>grupo «%1»: %2</translation>
    </message>
    <message>
        <source>the Savitzky–Golay band needs the window and polyorder that were used</source>
        <translation>la banda de Savitzky–Golay necesita la ventana y el orden polinómico usados</translation>
    </message>
    <message>
        <source>only numpy.gradient and Savitzky–Golay are a fixed weighting of y; %1 has no weights to show</source>
        <translation>solo numpy.gradient y Savitzky–Golay son una ponderación fija de y; %1 no tiene pesos que mostrar</translation>
    </message>
    <message>
        <source>the Savitzky–Golay weights need the window and polyorder that were used</source>
        <translation>los pesos de Savitzky–Golay necesitan la ventana y el orden polinómico usados</translation>
    </message>
    <message>
        <source>the noise level (--noise-sd) must be a finite number of 0 or more, not %1</source>
        <translation>el nivel de ruido (--noise-sd) debe ser un número finito de 0 o más, no %1</translation>
    </message>
    <message>
        <source>cannot estimate the noise level for the band: %1; give it instead (--noise-sd)</source>
        <translation>no se puede estimar el nivel de ruido para la banda: %1; indíquelo en su lugar (--noise-sd)</translation>
    </message>
    <message>
        <source>the band needs the method auto chose (SmoothingResult::used), not auto itself</source>
        <translation>la banda necesita el método que eligió auto (SmoothingResult::used), no auto en sí</translation>
    </message>
    <message>
        <source>the spline&apos;s band is computed for the first derivative only; use kalman or savgol for a band of order %1</source>
        <translation>la banda del spline solo se calcula para la primera derivada; use kalman o savgol para una banda de orden %1</translation>
    </message>
    <message>
        <source>the spline&apos;s band needs the λ that was used</source>
        <translation>la banda del spline necesita el λ usado</translation>
    </message>
    <message>
        <source>the Kalman band needs the ratio that was used</source>
        <translation>la banda de Kalman necesita el cociente usado</translation>
    </message>
    <message>
        <source>the file is empty; expected an .npy file, which starts with \x93NUMPY</source>
        <translation>el archivo está vacío; se esperaba un archivo .npy, que empieza por \x93NUMPY</translation>
    </message>
    <message>
        <source>this is an .npz archive (a zip of .npy files), not an .npy file; extract one array with numpy, e.g. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</source>
        <translation>es un archivo .npz (un zip de archivos .npy), no un archivo .npy; extraiga un array con numpy, p. ej. np.save(&apos;a.npy&apos;, np.load(path)[&apos;name&apos;])</translation>
    </message>
    <message>
        <source>not an .npy file: it starts with &apos;%1&apos; instead of the magic string \x93NUMPY; save the array with numpy.save</source>
        <translation>no es un archivo .npy: empieza por «%1» en lugar de la cadena mágica \x93NUMPY; guarde el array con numpy.save</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1; Tangent reads versions 1.0, 2.0 and 3.0</source>
        <translation>versión del formato .npy %1 no admitida; Tangent lee las versiones 1.0, 2.0 y 3.0</translation>
    </message>
    <message>
        <source>truncated header: the header length at byte 8 says %1 bytes, but only %2 follow; the file is incomplete</source>
        <translation>cabecera truncada: la longitud de la cabecera en el byte 8 indica %1 bytes, pero solo siguen %2; el archivo está incompleto</translation>
    </message>
    <message>
        <source>truncated data: expected %1 bytes of data for shape %2 of %3, found %4; the file is incomplete</source>
        <translation>datos truncados: se esperaban %1 bytes de datos para la forma %2 de %3, hay %4; el archivo está incompleto</translation>
    </message>
    <message>
        <source>this zip archive is not a workbook: it has neither xl/workbook.xml (.xlsx) nor content.xml (.ods)</source>
        <translation>este archivo zip no es un libro: no tiene xl/workbook.xml (.xlsx) ni content.xml (.ods)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>el libro no tiene hojas</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has 1 sheet: %2</source>
        <translation>no hay ninguna hoja «%1»; el libro tiene 1 hoja: %2</translation>
    </message>
    <message>
        <source>there is no sheet &apos;%1&apos;; the workbook has %2 sheets: %3</source>
        <translation>no hay ninguna hoja «%1»; el libro tiene %2 hojas: %3</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is empty</source>
        <translation>la hoja «%1» está vacía</translation>
    </message>
    <message>
        <source>the workbook is encrypted (password-protected); open it in its spreadsheet program and save it without a password</source>
        <translation>el libro está cifrado (protegido con contraseña); ábralo en su programa de hojas de cálculo y guárdelo sin contraseña</translation>
    </message>
    <message>
        <source>this is an OLE compound file (such as an old binary .xls workbook), not an .xlsx or .ods zip; save it as .xlsx or .ods</source>
        <translation>es un archivo compuesto OLE (como un antiguo libro binario .xls), no un zip .xlsx u .ods; guárdelo como .xlsx u .ods</translation>
    </message>
    <message>
        <source>this is not a zip archive, so not an .xlsx or .ods workbook (%1)</source>
        <translation>no es un archivo zip, así que tampoco un libro .xlsx u .ods (%1)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>hoja «%1»: «%2» no es un número</translation>
    </message>
    <message>
        <source>this zip archive is not an .xlsx workbook (it has no xl/workbook.xml)</source>
        <translation>este archivo zip no es un libro .xlsx (no tiene xl/workbook.xml)</translation>
    </message>
    <message>
        <source>this zip archive is not an .ods workbook (it has no content.xml)</source>
        <translation>este archivo zip no es un libro .ods (no tiene content.xml)</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>the file is too large for the memory available: %3 needs about %1, but only %2 are free; close other programs, or split the file into smaller parts</source>
        <translation>el archivo es demasiado grande para la memoria disponible: %3 necesita unos %1, pero solo hay %2 libres; cierre otros programas o divida el archivo en partes más pequeñas</translation>
    </message>
    <message>
        <source>a spacing must be a single number or a 1-D array of coordinates, not an array of %1 dimensions (numpy: distances must be either scalars or 1d)</source>
        <translation>un espaciado debe ser un solo número o un array 1-D de coordenadas, no un array de %1 dimensiones (numpy: distances must be either scalars or 1d)</translation>
    </message>
    <message>
        <source>axis %1 is out of bounds for array of dimension %2 (valid axes are %3 to %4)</source>
        <translation>el eje %1 está fuera de los límites de un array de dimensión %2 (los ejes válidos van de %3 a %4)</translation>
    </message>
    <message>
        <source>repeated axis: axis %1 selects a dimension that is already selected</source>
        <translation>eje repetido: el eje %1 selecciona una dimensión ya seleccionada</translation>
    </message>
    <message>
        <source>edge order %1 is not supported: use 1 or 2 (numpy: &apos;edge_order&apos; greater than 2 not supported)</source>
        <translation>el orden en los bordes %1 no está admitido: use 1 o 2 (numpy: &apos;edge_order&apos; greater than 2 not supported)</translation>
    </message>
    <message>
        <source>axis %1 has 1 point, but edge order %2 needs at least %3 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>el eje %1 tiene 1 punto, pero el orden en los bordes %2 necesita al menos %3 (numpy: Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points, but edge order %3 needs at least %4 (numpy: Shape of array too small to calculate a numerical gradient)</source>
        <translation>el eje %1 tiene %2 puntos, pero el orden en los bordes %3 necesita al menos %4 (numpy: Shape of array too small to calculate a numerical gradient)</translation>
    </message>
    <message>
        <source>axis %1 has %2 points but %3 coordinates were given; give exactly one coordinate per point (numpy: when 1d, distances must match the length of the corresponding dimension)</source>
        <translation>el eje %1 tiene %2 puntos pero se dieron %3 coordenadas; dé exactamente una coordenada por punto (numpy: when 1d, distances must match the length of the corresponding dimension)</translation>
    </message>
    <message>
        <source>axis %1 has %2 coordinate(s), so there is no spacing between points (numpy: IndexError: index 0 is out of bounds for axis 0 with size 0)</source>
        <translation>el eje %1 tiene %2 coordenada(s), así que no hay espaciado entre puntos (numpy: IndexError: index 0 is out of bounds for axis 0 with size 0)</translation>
    </message>
    <message>
        <source>%1 spacings were given for %2 selected axes; give none, one number for all axes, or one per selected axis (numpy: invalid number of arguments)</source>
        <translation>se dieron %1 espaciados para %2 ejes seleccionados; no dé ninguno, un número para todos los ejes o uno por eje seleccionado (numpy: invalid number of arguments)</translation>
    </message>
    <message>
        <source>derivative order %1 is not supported: use 1 or more</source>
        <translation>el orden de derivada %1 no está admitido: use 1 o más</translation>
    </message>
    <message>
        <source>the derivative order must be at least 1, not %1</source>
        <translation>el orden de derivada debe ser al menos 1, no %1</translation>
    </message>
    <message>
        <source>there is no column &apos;%1&apos;; the columns are %2 (give a header name or a 1-based index)</source>
        <translation>no hay ninguna columna &apos;%1&apos;; las columnas son %2 (dé un nombre de encabezado o un índice que empiece en 1)</translation>
    </message>
    <message>
        <source>there is no numeric column to differentiate besides x; the columns are %1</source>
        <translation>no hay ninguna columna numérica que derivar aparte de x; las columnas son %1</translation>
    </message>
    <message>
        <source>malformed .npy header at byte %1: %3. The header reads: %2</source>
        <translation>encabezado .npy mal formado en el byte %1: %3. El encabezado dice: %2</translation>
    </message>
    <message>
        <source>expected the header to start with &apos;{&apos;</source>
        <translation>se esperaba que el encabezado empezara por &apos;{&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un valor</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>texto inesperado después de la &apos;}&apos; de cierre</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>falta la clave &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>se esperaba una clave entre comillas</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>una cadena no está cerrada</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;; an .npy header has exactly the keys &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;</source>
        <translation>clave inesperada &apos;%1&apos;; un encabezado .npy tiene exactamente las claves &apos;descr&apos;, &apos;fortran_order&apos; y &apos;shape&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &apos;%1&apos;</source>
        <translation>se esperaba &apos;:&apos; después de la clave &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the dtype, e.g. &apos;&lt;f8&apos;, in quotes</source>
        <translation>se esperaba el tipo de datos entre comillas, p. ej. &apos;&lt;f8&apos;</translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; must be True or False, not &apos;%1&apos;</source>
        <translation>&apos;fortran_order&apos; debe ser True o False, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;shape&apos; must be a tuple such as (3, 4), not a list</source>
        <translation>&apos;shape&apos; debe ser una tupla como (3, 4), no una lista</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; to start the shape tuple</source>
        <translation>se esperaba &apos;(&apos; para abrir la tupla de la forma</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>se esperaba &apos;,&apos; o &apos;)&apos; en la forma</translation>
    </message>
    <message>
        <source>the shape (%1) is not a tuple; numpy writes a one-dimensional shape as (%1,)</source>
        <translation>la forma (%1) no es una tupla; numpy escribe una forma de una dimensión como (%1,)</translation>
    </message>
    <message>
        <source>a dimension of the shape is negative</source>
        <translation>una dimensión de la forma es negativa</translation>
    </message>
    <message>
        <source>a dimension of the shape is too large</source>
        <translation>una dimensión de la forma es demasiado grande</translation>
    </message>
    <message>
        <source>expected a non-negative integer in the shape, found &apos;%1&apos;</source>
        <translation>se esperaba un entero no negativo en la forma; se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unsupported dtype: a structured (record) dtype with named fields; Tangent reads plain arrays of %1. Save one field instead, e.g. np.save(path, array[&apos;x&apos;])</source>
        <translation>tipo de datos no admitido: un tipo estructurado (registro) con campos con nombre; Tangent lee arrays simples de %1. Guarde un solo campo, p. ej. np.save(path, array[&apos;x&apos;])</translation>
    </message>
    <message>
        <source>float64 (f8), float32 (f4), signed integers (i1, i2, i4, i8) and unsigned integers (u1, u2, u4, u8), little or big endian</source>
        <translation>float64 (f8), float32 (f4), enteros con signo (i1, i2, i4, i8) y enteros sin signo (u1, u2, u4, u8), little o big endian</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos;; Tangent reads %2. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>tipo de datos &apos;%1&apos; no admitido; Tangent lee %2. Convierta antes el array, p. ej. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>unsupported dtype &apos;%1&apos; (%2); Tangent reads %3. Convert the array first, e.g. np.save(path, array.astype(np.float64))</source>
        <translation>tipo de datos &apos;%1&apos; (%2) no admitido; Tangent lee %3. Convierta antes el array, p. ej. np.save(path, array.astype(np.float64))</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16 (media precisión)</translation>
    </message>
    <message>
        <source>a floating-point size other than 4 or 8 bytes</source>
        <translation>un tamaño de coma flotante distinto de 4 u 8 bytes</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complejo</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>booleanos (bool)</translation>
    </message>
    <message>
        <source>Python objects, stored with pickle</source>
        <translation>objetos de Python, guardados con pickle</translation>
    </message>
    <message>
        <source>Unicode strings</source>
        <translation>cadenas Unicode</translation>
    </message>
    <message>
        <source>byte strings</source>
        <translation>cadenas de bytes</translation>
    </message>
    <message>
        <source>datetime64</source>
        <translation>fechas (datetime64)</translation>
    </message>
    <message>
        <source>timedelta64</source>
        <translation>duraciones (timedelta64)</translation>
    </message>
    <message>
        <source>raw bytes</source>
        <translation>bytes en bruto</translation>
    </message>
    <message>
        <source>an integer size other than 1, 2, 4 or 8 bytes</source>
        <translation>un tamaño de entero distinto de 1, 2, 4 u 8 bytes</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, before the format version</source>
        <translation>archivo .npy truncado: termina tras %1 bytes, antes de la versión del formato</translation>
    </message>
    <message>
        <source>truncated .npy file: it ends after %1 bytes, inside the header length at byte 8</source>
        <translation>archivo .npy truncado: termina tras %1 bytes, dentro de la longitud del encabezado en el byte 8</translation>
    </message>
    <message>
        <source>the shape %1 of %2 is too large</source>
        <translation>la forma %1 de %2 es demasiado grande</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>no se puede leer el archivo: es una carpeta</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>su lectura</translation>
    </message>
    <message>
        <source>its about %1 rows of 1 column</source>
        <translation>sus unas %1 filas de 1 columna</translation>
    </message>
    <message>
        <source>its about %1 rows of %2 columns</source>
        <translation>sus unas %1 filas de %2 columnas</translation>
    </message>
    <message>
        <source>the text of its %1 text columns</source>
        <translation>el texto de sus %1 columnas de texto</translation>
    </message>
    <message>
        <source>its %1 values of shape %2</source>
        <translation>sus %1 valores de forma %2</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>hoja &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; spans %2 rows of %3 columns, more than the %4 cells Tangent reads</source>
        <translation>la hoja &apos;%1&apos; abarca %2 filas de %3 columnas, más que las %4 celdas que lee Tangent</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has a cell at row %2, column %3, beyond the %4 rows and %5 columns a sheet can have</source>
        <translation>la hoja &apos;%1&apos; tiene una celda en la fila %2, columna %3, más allá de las %4 filas y %5 columnas que puede tener una hoja</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has more than %2 cells, more than Tangent reads</source>
        <translation>la hoja &apos;%1&apos; tiene más de %2 celdas, más de las que lee Tangent</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</source>
        <translation>hoja &apos;%1&apos;: &apos;%2&apos; no es una referencia de celda</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: %2</source>
        <translation>hoja &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>la cadena compartida %1 no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date</source>
        <translation>&apos;%1&apos; no es una fecha ISO 8601</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>%1 is not a date Tangent can show</source>
        <translation>%1 no es una fecha que Tangent pueda mostrar</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: its part %2 is missing</source>
        <translation>hoja &apos;%1&apos;: falta su parte %2</translation>
    </message>
    <message>
        <source>out of memory reading the workbook&apos;s part %1</source>
        <translation>sin memoria al leer la parte %1 del libro</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 has a document type declaration, which workbooks never have</source>
        <translation>la parte %1 del libro tiene una declaración de tipo de documento, que los libros nunca tienen</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is not well-formed XML (line %2): %3</source>
        <translation>la parte %1 del libro no es XML bien formado (línea %2): %3</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>no se puede leer el libro</translation>
    </message>
    <message>
        <source>cannot open the workbook&apos;s zip archive: %1</source>
        <translation>no se puede abrir el archivo zip del libro: %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged</source>
        <translation>la parte %1 del libro está dañada</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is encrypted; save it without a password</source>
        <translation>la parte %1 del libro está cifrada; guárdelo sin contraseña</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 declares %2 uncompressed, over the limit of %3 (a zip bomb, or a sheet too big to read)</source>
        <translation>la parte %1 del libro declara %2 sin comprimir, por encima del límite de %3 (una bomba zip o una hoja demasiado grande para leer)</translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s part %1: %2</source>
        <translation>no se puede leer la parte %1 del libro: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged: %2</source>
        <translation>la parte %1 del libro está dañada: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is shorter than it declares</source>
        <translation>la parte %1 del libro es más corta de lo que declara</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is longer than it declares</source>
        <translation>la parte %1 del libro es más larga de lo que declara</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the workbook</source>
        <translation>no se puede crear un archivo temporal para el libro</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>no se puede escribir el libro: %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: out of memory</source>
        <translation>no se puede escribir el libro: sin memoria</translation>
    </message>
    <message>
        <source>cannot reopen the workbook written</source>
        <translation>no se puede volver a abrir el libro escrito</translation>
    </message>
    <message>
        <source>its sheet is missing</source>
        <translation>falta su hoja</translation>
    </message>
    <message>
        <source>its sheet cannot be read back</source>
        <translation>su hoja no se puede volver a leer</translation>
    </message>
    <message>
        <source>its sheet does not hold the numbers written</source>
        <translation>su hoja no contiene los números escritos</translation>
    </message>
    <message>
        <source>the result has %1 rows; a worksheet holds %2 below its header (write CSV instead)</source>
        <translation>el resultado tiene %1 filas; una hoja de cálculo admite %2 bajo su encabezado (escriba CSV en su lugar)</translation>
    </message>
    <message>
        <source>the result has %1 columns; a worksheet holds %2 (write CSV instead)</source>
        <translation>el resultado tiene %1 columnas; una hoja de cálculo admite %2 (escriba CSV en su lugar)</translation>
    </message>
    <message>
        <source>%1 expects a number, not &apos;%2&apos;</source>
        <translation>%1 espera un número, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not &apos;%2&apos;</source>
        <translation>%1 espera un número entero, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a finite number above 0, not &apos;%1&apos;</source>
        <translation>--noise-sd espera un número finito mayor que 0, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas, not &apos;%1&apos;</source>
        <translation>--noise-sd espera un número, o pares COLUMNA=S separados por comas, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--noise-sd gives column &apos;%1&apos; twice</source>
        <translation>--noise-sd da la columna &apos;%1&apos; dos veces</translation>
    </message>
    <message>
        <source>--noise-sd expects a number, or COLUMN=S pairs separated by commas</source>
        <translation>--noise-sd espera un número, o pares COLUMNA=S separados por comas</translation>
    </message>
    <message>
        <source>--x expects a column name or 1-based index</source>
        <translation>--x espera un nombre de columna o un índice que empiece en 1</translation>
    </message>
    <message>
        <source>--y expects one or more column names or 1-based indexes, separated by commas</source>
        <translation>--y espera uno o más nombres de columna o índices que empiecen en 1, separados por comas</translation>
    </message>
    <message>
        <source>--time-unit expects s, min, h, d or y, not &apos;%1&apos;</source>
        <translation>--time-unit espera s, min, h, d o y, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--group expects a column name or 1-based index</source>
        <translation>--group espera un nombre de columna o un índice que empiece en 1</translation>
    </message>
    <message>
        <source>--edge-order must be 1 or 2, not %1</source>
        <translation>--edge-order debe ser 1 o 2, no %1</translation>
    </message>
    <message>
        <source>--method expects numpy, savgol, spline, tvr, kalman or auto, not &apos;%1&apos;</source>
        <translation>--method espera numpy, savgol, spline, tvr, kalman o auto, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 no admite valor</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recipe option (see tangent-cli --help)</source>
        <translation>&apos;%1&apos; no es una opción de receta (vea tangent-cli --help)</translation>
    </message>
    <message>
        <source>%2 at position %1</source>
        <translation>%2 en la posición %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;</source>
        <translation>falta &apos;)&apos;</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>final inesperado de la expresión</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (the variable is x; functions include sin, cos, exp, ln, sqrt, abs)</source>
        <translation>nombre desconocido &apos;%1&apos; (la variable es x; las funciones incluyen sin, cos, exp, ln, sqrt, abs)</translation>
    </message>
    <message>
        <source>unexpected operator &apos;%1&apos;</source>
        <translation>operador inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected number &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>número inesperado &apos;%1&apos; (¿falta un operador antes?)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (is an operator missing before it? write 3*x, not 3x)</source>
        <translation>&apos;%1&apos; inesperado (¿falta un operador antes? escriba 3*x, no 3x)</translation>
    </message>
    <message>
        <source>unexpected function &apos;%1&apos; (is an operator missing before it?)</source>
        <translation>función inesperada &apos;%1&apos; (¿falta un operador antes?)</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos;</source>
        <translation>&apos;,&apos; inesperada</translation>
    </message>
    <message>
        <source>too many arguments for &apos;%1&apos;</source>
        <translation>demasiados argumentos para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>too few arguments for &apos;%1&apos;</source>
        <translation>muy pocos argumentos para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <source>cannot read the expression: %1</source>
        <translation>no se puede leer la expresión: %1</translation>
    </message>
    <message>
        <source>unexpected &apos;,&apos; at position %1 (give one expression; min(a, b) and max(a, b) take commas)</source>
        <translation>&apos;,&apos; inesperada en la posición %1 (dé una sola expresión; min(a, b) y max(a, b) llevan comas)</translation>
    </message>
    <message>
        <source>at least 2 points are needed, not %1</source>
        <translation>se necesitan al menos 2 puntos, no %1</translation>
    </message>
    <message>
        <source>the range must be finite with from &lt; to</source>
        <translation>el intervalo debe ser finito, con desde &lt; hasta</translation>
    </message>
    <message>
        <source>jitter must be at least 0 and below 1 (a fraction of the step)</source>
        <translation>la fluctuación debe ser al menos 0 y menor que 1 (una fracción del paso)</translation>
    </message>
    <message>
        <source>noise must be a standard deviation of 0 or more</source>
        <translation>el ruido debe ser una desviación típica de 0 o más</translation>
    </message>
    <message>
        <source>a convergence study needs at least 3 points per run, not %1</source>
        <translation>un estudio de convergencia necesita al menos 3 puntos por ejecución, no %1</translation>
    </message>
    <message>
        <source>cannot create a file in its folder: %1</source>
        <translation>no se puede crear un archivo en su carpeta: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in its folder</source>
        <translation>no se puede crear un archivo temporal en su carpeta</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>cannot open the file for writing: %1</source>
        <translation>no se puede abrir el archivo para escribir: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>--noise-sd names column &apos;%1&apos;, which is not differentiated; the columns differentiated are %2</source>
        <translation>--noise-sd nombra la columna &apos;%1&apos;, que no se deriva; las columnas derivadas son %2</translation>
    </message>
    <message>
        <source>--explain shows first derivatives only; --order %1 cannot be explained (drop --order, or use --order 1)</source>
        <translation>--explain solo muestra primeras derivadas; --order %1 no se puede explicar (quite --order o use --order 1)</translation>
    </message>
    <message>
        <source>computing --method %1 in memory</source>
        <translation>el cálculo con --method %1 en memoria</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es un directorio</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>No es un directorio</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Demasiados archivos abiertos en el sistema</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Cuota de disco excedida</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Demasiados niveles de enlaces simbólicos</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>No se puede asignar memoria</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>No es un archivo zip</translation>
    </message>
    <message>
        <source>Zip archive inconsistent</source>
        <translation>Archivo zip incoherente</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>Error de CRC</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>No existe el archivo</translation>
    </message>
    <message>
        <source>Premature end of file</source>
        <translation>Fin de archivo prematuro</translation>
    </message>
    <message>
        <source>Compression method not supported</source>
        <translation>Método de compresión no admitido</translation>
    </message>
    <message>
        <source>Encryption method not supported</source>
        <translation>Método de cifrado no admitido</translation>
    </message>
    <message>
        <source>Compressed data invalid</source>
        <translation>Datos comprimidos no válidos</translation>
    </message>
    <message>
        <source>Malloc failure</source>
        <translation>Fallo al asignar memoria</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <source>Seek error: %1</source>
        <translation>Error de posicionamiento: %1</translation>
    </message>
    <message>
        <source>Write error: %1</source>
        <translation>Error de escritura: %1</translation>
    </message>
    <message>
        <source>Can&apos;t open file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Failure to create temporary file: %1</source>
        <translation>No se pudo crear el archivo temporal: %1</translation>
    </message>
    <message>
        <source>Renaming temporary file failed: %1</source>
        <translation>Falló el cambio de nombre del archivo temporal: %1</translation>
    </message>
    <message>
        <source>Closing zip archive failed: %1</source>
        <translation>Falló el cierre del archivo zip: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>no se encontró ningún elemento</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>mal formado (token no válido)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>token sin cerrar</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>carácter incompleto</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>etiqueta no coincidente</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>atributo duplicado</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>contenido sobrante tras el elemento del documento</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entidad no definida</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>sección CDATA sin cerrar</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>referencia a un número de carácter no válido</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>prefijo sin vincular</translation>
    </message>
    <message>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>la codificación indicada en la declaración XML es incorrecta</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>codificación desconocida</translation>
    </message>
    <message>
        <source>Memory error, failed to malloc() required memory.</source>
        <translation>Error de memoria: no se pudo asignar la memoria necesaria.</translation>
    </message>
    <message>
        <source>Error creating output xlsx file. Usually a permissions error.</source>
        <translation>Error al crear el archivo xlsx de salida; suele ser un problema de permisos.</translation>
    </message>
    <message>
        <source>Error encountered when creating a tmpfile during file assembly.</source>
        <translation>Error al crear un archivo temporal durante el ensamblado del archivo.</translation>
    </message>
    <message>
        <source>Error reading a tmpfile.</source>
        <translation>Error al leer un archivo temporal.</translation>
    </message>
    <message>
        <source>Zip generic error ZIP_ERRNO while creating the xlsx file.</source>
        <translation>Error zip genérico (ZIP_ERRNO) al crear el archivo xlsx.</translation>
    </message>
    <message>
        <source>File error or unknown zip error when adding sub file to xlsx file.</source>
        <translation>Error de archivo o error zip desconocido al añadir un subarchivo al archivo xlsx.</translation>
    </message>
    <message>
        <source>Unknown zip error when closing xlsx file.</source>
        <translation>Error zip desconocido al cerrar el archivo xlsx.</translation>
    </message>
    <message>
        <source>text in quotes is not a number; write the expression with numbers and x</source>
        <translation>un texto entre comillas no es un número; escriba la expresión con números y x</translation>
    </message>
    <message>
        <source>the text in quotes is never closed, and quotes have no place here</source>
        <translation>el texto entre comillas nunca se cierra, y las comillas no caben aquí</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>&apos;?&apos; needs &apos;:&apos; and a value for the other case, as in x &gt; 0 ? x : 0</source>
        <translation>«?» necesita «:» y un valor para el otro caso, como en x &gt; 0 ? x : 0</translation>
    </message>
    <message>
        <source>&apos;:&apos; without a &apos;?&apos; before it</source>
        <translation>«:» sin un «?» delante</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <source>a function is used outside its domain (such as sqrt(-1) or ln(0))</source>
        <translation>una función se usa fuera de su dominio (como sqrt(-1) o ln(0))</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>un nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the expression is too long</source>
        <translation>la expresión es demasiado larga</translation>
    </message>
    <message>
        <source>the expression holds characters that cannot be read (control characters)</source>
        <translation>la expresión contiene caracteres que no se pueden leer (caracteres de control)</translation>
    </message>
    <message>
        <source>the expression needs too many computations</source>
        <translation>la expresión requiere demasiados cálculos</translation>
    </message>
    <message>
        <source>standard input (-) cannot be one of several inputs</source>
        <translation>la entrada estándar (-) no puede ser una de varias entradas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; would both be written to &apos;%3&apos;; give them different names or run them separately</source>
        <translation>«%1» y «%2» se escribirían ambos en «%3»; deles nombres distintos o procéselos por separado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be replaced by its own result; choose another output folder</source>
        <translation>«%1» se reemplazaría por su propio resultado; elija otra carpeta de salida</translation>
    </message>
    <message>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>no se puede crear la carpeta de salida «%1»: %2</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>un archivo con ese nombre lo impide</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method %3</source>
        <translation>%1 pertenece a --method %2, no a --method %3</translation>
    </message>
    <message>
        <source>%1 belongs to --method %2, not to --method auto (auto chooses the method and its parameters itself)</source>
        <translation>%1 pertenece a --method %2, no a --method auto (auto elige por sí mismo el método y sus parámetros)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a text column: if the file holds one series per %1, one after another (long format), differentiate each on its own rows with %2</source>
        <translation>&apos;%1&apos; es una columna de texto: si el archivo contiene una serie por cada %1, una tras otra (formato largo), derive cada una en sus propias filas con %2</translation>
    </message>
</context>
<context>
    <name>DerivativeCommand</name>
    <message>
        <source>Write the derivative CSV that File &gt; Export Derivative CSV writes to FILE, without showing a window, then quit; with several files, or a FOLDER/, export each as Export Derivatives of Several Files does and print its summary.</source>
        <translation>Escribir en ARCHIVO el CSV de la derivada que escribe Archivo &gt; Exportar la derivada como CSV, sin mostrar ninguna ventana, y salir; con varios archivos, o una CARPETA/, exportar cada uno como lo hace Exportar las derivadas de varios archivos e imprimir su resumen.</translation>
    </message>
    <message>
        <source>--export-derivatives: name the FILE to differentiate</source>
        <translation>--export-derivatives: indique el ARCHIVO que se va a derivar</translation>
    </message>
    <message numerus="yes">
        <source>--export-derivatives: %n files need a FOLDER/ for their results, not &apos;%1&apos;</source>
        <translation>
            <numerusform>--export-derivatives: %n archivo necesita una CARPETA/ para su resultado, no «%1»</numerusform>
            <numerusform>--export-derivatives: %n archivos necesitan una CARPETA/ para sus resultados, no «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>there is nothing to differentiate</source>
        <translation>no hay nada que derivar</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>EquivalentCall</name>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>The window is chosen when the derivative is computed.</source>
        <translation>La ventana se elige al calcular la derivada.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of every window; scipy&apos;s savgol_filter would spread them.</source>
        <translation>La columna tiene huecos, que Tangent deja fuera de cada ventana; savgol_filter de scipy los propagaría.</translation>
    </message>
    <message>
        <source>x is not evenly spaced: Tangent fits each window in the actual x, which scipy&apos;s savgol_filter (uniform spacing only) cannot.</source>
        <translation>x no está equiespaciado: Tangent ajusta cada ventana en la x real, algo que savgol_filter de scipy (solo espaciado uniforme) no puede hacer.</translation>
    </message>
    <message>
        <source>λ is chosen when the derivative is computed.</source>
        <translation>λ se elige al calcular la derivada.</translation>
    </message>
    <message>
        <source>The column has gaps, which Tangent leaves out of the fit; scipy&apos;s make_smoothing_spline refuses them.</source>
        <translation>La columna tiene huecos, que Tangent deja fuera del ajuste; make_smoothing_spline de scipy los rechaza.</translation>
    </message>
    <message>
        <source>scipy has no equivalent of this method.</source>
        <translation>scipy no tiene ningún equivalente de este método.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>term</source>
        <translation>término</translation>
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
        <translation>… %1 pesos más …</translation>
    </message>
    <message>
        <source>Row %1 is a gap: it takes no part in any window, and its value is interpolated between its neighbours&apos; (docs/smoothing.md, &quot;Gaps&quot;).</source>
        <translation>La fila %1 es un hueco: no participa en ninguna ventana y su valor se interpola entre los de sus vecinas (docs/smoothing.md, «Gaps»).</translation>
    </message>
    <message>
        <source>Above %L1 rows the weights are shown for columns without gaps.</source>
        <translation>Por encima de %L1 filas, los pesos solo se muestran para columnas sin huecos.</translation>
    </message>
    <message>
        <source>Row %1 · index i = %2 · %3</source>
        <translation>Fila %1 · índice i = %2 · %3</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>f′[i] = Σ cⱼ · y[i+j]</source>
        <translation>f′[i] = Σ cⱼ · y[i+j]</translation>
    </message>
    <message>
        <source>The weights at this row</source>
        <translation>Los pesos en esta fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The same with tangent-cli</source>
        <translation>Lo mismo con tangent-cli</translation>
    </message>
    <message>
        <source>The same in Python</source>
        <translation>Lo mismo en Python</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Fila %1 (i = %2): %3</translation>
    </message>
    <message>
        <source>derivative = %1</source>
        <translation>derivada = %1</translation>
    </message>
    <message>
        <source>numpy&apos;s value here is a weighted sum of y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>El valor de numpy aquí es una suma ponderada de valores de y. Un ruido de desviación típica σ en cada y, independiente de una fila a otra, le da la desviación típica σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>Savitzky–Golay&apos;s value here is a weighted sum of the window&apos;s y values. Noise of standard deviation σ on each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).</source>
        <translation>El valor de Savitzky–Golay aquí es una suma ponderada de los valores de y de la ventana. Un ruido de desviación típica σ en cada y, independiente de una fila a otra, le da la desviación típica σ·√(Σ w²).</translation>
    </message>
    <message>
        <source>The smoothing spline at the chosen λ is linear in y too: its band is the standard deviation the noise σ gives its derivative through the spline, computed along the whole curve at once (Wahba&apos;s Bayesian posterior, about twice as wide inside, is not what is shaded).</source>
        <translation>El spline de suavizado con el λ elegido también es lineal en y: su banda es la desviación típica que el ruido σ da a su derivada a través del spline, calculada a lo largo de toda la curva a la vez (la posterior bayesiana de Wahba, unas dos veces más ancha en el interior, no es lo que se sombrea).</translation>
    </message>
    <message>
        <source>The Kalman smoother carries how uncertain each state is: the band is the smoothed variance of its derivative state, from the noise σ and the process noise the ratio sets.</source>
        <translation>El suavizador de Kalman lleva la incertidumbre de cada estado: la banda es la varianza suavizada de su estado derivada, a partir del ruido σ y del ruido de proceso que fija la razón.</translation>
    </message>
    <message>
        <source>Uncertainty band</source>
        <translation>Banda de incertidumbre</translation>
    </message>
    <message>
        <source>Noise on y (estimated from the data)</source>
        <translation>Ruido en y (estimado a partir de los datos)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desviación típica</translation>
    </message>
    <message>
        <source>95% band (value ± 1.96 sd)</source>
        <translation>Banda del 95 % (valor ± 1,96 sd)</translation>
    </message>
</context>
<context>
    <name>FigureCommand</name>
    <message>
        <source>Write the chart&apos;s whole figure to FILE (.png, .svg or .pdf) without showing a window, then quit. --size sets its size (WxH in pixels, or with cm, mm or in).</source>
        <translation>Escribir la figura completa del gráfico en FILE (.png, .svg o .pdf) sin mostrar ninguna ventana y salir. --size fija su tamaño (WxH en píxeles, o con cm, mm o in).</translation>
    </message>
    <message>
        <source>--export-figure: dots per inch (default 96), for sizes in cm or in and for the page size.</source>
        <translation>--export-figure: puntos por pulgada (96 por omisión), para tamaños en cm o in y para el tamaño de la página.</translation>
    </message>
    <message>
        <source>--export-figure: light (default) or dark.</source>
        <translation>--export-figure: light (claro, por omisión) o dark (oscuro).</translation>
    </message>
    <message>
        <source>--export-figure: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>--export-figure: «%1» debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>--dpi: &apos;%1&apos; is not a number</source>
        <translation>--dpi: «%1» no es un número</translation>
    </message>
    <message>
        <source>--theme: use light or dark, not &apos;%1&apos;</source>
        <translation>--theme: use light o dark, no «%1»</translation>
    </message>
    <message>
        <source>--export-figure: name one file, not %1</source>
        <translation>--export-figure: indique un solo archivo, no %1</translation>
    </message>
    <message>
        <source>--export-figure: name the FILE to draw (or a --sample or a --function-lab)</source>
        <translation>--export-figure: indique el archivo FILE que dibujar (o un --sample o un --function-lab)</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>no hay nada que dibujar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>Tangent figure</source>
        <translation>Figura de Tangent</translation>
    </message>
    <message>
        <source>The figure could not be drawn.</source>
        <translation>No se pudo dibujar la figura.</translation>
    </message>
</context>
<context>
    <name>FigureSpec</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation>La resolución debe estar entre %1 y %2 DPI, no %3.</translation>
    </message>
    <message>
        <source>The figure must be at least 16 pixels wide and high, not %1×%2.</source>
        <translation>La figura debe tener al menos 16 píxeles de ancho y de alto, no %1×%2.</translation>
    </message>
    <message>
        <source>The figure must be at most %1 pixels wide and high, not %2×%3.</source>
        <translation>La figura debe tener como máximo %1 píxeles de ancho y de alto, no %2×%3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size: use WxH in pixels (1600x900), or with cm, mm or in (17x10cm).</source>
        <translation>«%1» no es un tamaño: use WxH en píxeles (1600x900), o con cm, mm o in (17x10cm).</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>Savitzky–Golay fits a polynomial of order %1 by least squares to the %2 rows around each row and differentiates it there. That is a fixed weighted sum of the rows&apos; y values, shown below.</source>
        <translation>Savitzky–Golay ajusta por mínimos cuadrados un polinomio de orden %1 a las %2 filas en torno a cada fila y lo deriva allí. Eso equivale a una suma ponderada fija de los valores y de las filas, que se muestra abajo.</translation>
    </message>
    <message>
        <source>The window was chosen by generalised cross-validation of the smoothed curve: the widest window whose score is within one standard error of the best.</source>
        <translation>La ventana se eligió por validación cruzada generalizada de la curva suavizada: la ventana más ancha cuya puntuación queda a menos de un error estándar de la mejor.</translation>
    </message>
    <message>
        <source>The window was set by hand.</source>
        <translation>La ventana se fijó a mano.</translation>
    </message>
    <message>
        <source>The smoothing spline is the natural cubic spline f that minimises Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx: the first sum keeps f near the data, the integral penalises its curvature. Its derivative is taken at the data&apos;s x. Here λ = %1.</source>
        <translation>El spline de suavizado es el spline cúbico natural f que minimiza Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx: la primera suma mantiene f cerca de los datos y la integral penaliza su curvatura. Su derivada se toma en las x de los datos. Aquí λ = %1.</translation>
    </message>
    <message>
        <source>λ was chosen by generalised cross-validation, which estimates how well f would predict a left-out sample.</source>
        <translation>λ se eligió por validación cruzada generalizada, que estima lo bien que f predeciría una muestra omitida.</translation>
    </message>
    <message>
        <source>λ was set by hand; a larger λ gives a smoother f.</source>
        <translation>λ se fijó a mano; un λ mayor da una f más suave.</translation>
    </message>
    <message>
        <source>Total-variation regularisation (Chartrand 2011) looks for the derivative u itself: it minimises α∫|u′| + ½∫(∫u − y)². Integrated, u must reproduce the data; the total variation ∫|u′| keeps u flat except where a jump pays for itself, so a kink in y stays a sharp step in u. Here α = %1, solved by %2 lagged-diffusivity iterations.</source>
        <translation>La regularización por variación total (Chartrand 2011) busca directamente la derivada u: minimiza α∫|u′| + ½∫(∫u − y)². Una vez integrada, u debe reproducir los datos; la variación total ∫|u′| mantiene u plana salvo donde un salto compensa su coste, de modo que un quiebro en y sigue siendo un escalón nítido en u. Aquí α = %1, resuelto con %2 iteraciones de difusividad retardada.</translation>
    </message>
    <message>
        <source>α was chosen by two-fold cross-validation (fit the even rows and predict the odd ones, then the other way round), the best α times 1.5, which suits the derivative better than the curve&apos;s own best.</source>
        <translation>α se eligió por validación cruzada en dos mitades (ajustar las filas pares y predecir las impares, y luego al revés): el mejor α multiplicado por 1,5, que conviene más a la derivada que el mejor α de la propia curva.</translation>
    </message>
    <message>
        <source>α was set by hand; a larger α gives fewer, larger steps.</source>
        <translation>α se fijó a mano; un α mayor da menos escalones, pero más grandes.</translation>
    </message>
    <message>
        <source>The Kalman smoother models y, y′ and y″ as a motion with constant acceleration disturbed by a random jerk of variance q, measured with noise of variance r. A forward filter and a backward (Rauch–Tung–Striebel) pass give the most probable y′ at every row given all the data. The one parameter is log10(q/r) = %1: larger lets the curve bend more and follow the data more closely.</source>
        <translation>El suavizador de Kalman modela y, y′ e y″ como un movimiento con aceleración constante perturbado por un tirón aleatorio de varianza q y medido con un ruido de varianza r. Un filtro hacia delante y una pasada hacia atrás (Rauch–Tung–Striebel) dan la y′ más probable en cada fila dados todos los datos. El único parámetro es log10(q/r) = %1: un valor mayor deja que la curva se doble más y siga más de cerca los datos.</translation>
    </message>
    <message>
        <source>It was chosen by maximum likelihood of the data, then lowered by 0.75 decade, which suits the derivative better than the curve.</source>
        <translation>Se eligió por máxima verosimilitud de los datos y luego se redujo en 0,75 décadas, lo que conviene más a la derivada que a la curva.</translation>
    </message>
    <message>
        <source>It was set by hand.</source>
        <translation>Se fijó a mano.</translation>
    </message>
    <message>
        <source>Automatic chose %1 for this column: each candidate fitted the even rows and predicted the odd ones (and the other way round), and the best predictor won, near-ties going to Savitzky–Golay, then Kalman, total variation and the spline.</source>
        <translation>El modo automático eligió %1 para esta columna: cada candidato ajustó las filas pares y predijo las impares (y al revés), y ganó el que mejor predijo; en caso de casi empate se prefirió Savitzky–Golay, luego Kalman, la variación total y el spline.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Choose a y column to compare.</source>
        <translation>Elija una columna y para comparar.</translation>
    </message>
    <message>
        <source>%1 is not a number column.</source>
        <translation>%1 no es una columna de números.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read this file</source>
        <translation>%1: no hay memoria suficiente para leer este archivo</translation>
    </message>
    <message>
        <source>%1: there is no column named &apos;%2&apos; (%3 of the current table)</source>
        <translation>%1: no hay ninguna columna llamada «%2» (%3 de la tabla actual)</translation>
    </message>
    <message>
        <source>the x column</source>
        <translation>la columna x</translation>
    </message>
    <message>
        <source>a y column</source>
        <translation>una columna y</translation>
    </message>
    <message>
        <source>the group column</source>
        <translation>la columna de grupos</translation>
    </message>
    <message>
        <source>%1: a .npy array; tangent-cli exports those (as .npy), this export writes CSV</source>
        <translation>%1: un array .npy; tangent-cli los exporta (como .npy), esta exportación escribe CSV</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is tangent-cli&apos;s: the window does not take it (run tangent-cli FILE %1 for that table)</source>
        <translation>%1 es propio de tangent-cli: la ventana no lo acepta (ejecute tangent-cli ARCHIVO %1 para esa tabla)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>no se puede bloquear un archivo de recuperación en %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; debe ser %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texto entre comillas</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <source>a list of names must hold only texts in quotes</source>
        <translation>una lista de nombres solo debe contener textos entre comillas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }</source>
        <translation>&quot;%1&quot; debe ser un objeto { ... }</translation>
    </message>
    <message>
        <source>&quot;%1.kind&quot; is &quot;%2&quot;; it must be &quot;number&quot; or &quot;date&quot;</source>
        <translation>&quot;%1.kind&quot; es &quot;%2&quot;; debe ser &quot;number&quot; o &quot;date&quot;</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot; must be a list of numbers</source>
        <translation>&quot;%1.values&quot; debe ser una lista de números</translation>
    </message>
    <message>
        <source>&quot;%1.values&quot;, row %2: not a number (numbers, null for a gap, &quot;inf&quot;, &quot;-inf&quot; or &quot;-0&quot;)</source>
        <translation>&quot;%1.values&quot;, fila %2: no es un número (números, null para un hueco, &quot;inf&quot;, &quot;-inf&quot; o &quot;-0&quot;)</translation>
    </message>
    <message>
        <source>&quot;data.table&quot; must be a list of columns</source>
        <translation>&quot;data.table&quot; debe ser una lista de columnas</translation>
    </message>
    <message>
        <source>&quot;data.table&quot;: column %1 has %2 rows, column 1 has %3</source>
        <translation>&quot;data.table&quot;: la columna %1 tiene %2 filas, la columna 1 tiene %3</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [low, high] with low &lt; high</source>
        <translation>&quot;view.%1&quot; debe ser [mínimo, máximo] con mínimo &lt; máximo</translation>
    </message>
    <message>
        <source>&quot;view.%1&quot; must be [row, row]</source>
        <translation>&quot;view.%1&quot; debe ser [fila, fila]</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <source>not a Tangent session: the file holds no JSON object { ... }</source>
        <translation>no es una sesión de Tangent: el archivo no contiene ningún objeto JSON { ... }</translation>
    </message>
    <message>
        <source>not a Tangent session: &quot;format&quot; must be &quot;tangent-session&quot;</source>
        <translation>no es una sesión de Tangent: &quot;format&quot; debe ser &quot;tangent-session&quot;</translation>
    </message>
    <message>
        <source>written by a newer Tangent (session format %1); this Tangent reads format %2 and older. Update Tangent to open it.</source>
        <translation>escrito por un Tangent más reciente (formato de sesión %1); este Tangent lee el formato %2 y anteriores. Actualice Tangent para abrirlo.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a format version, 1 or more</source>
        <translation>&quot;version&quot; debe ser una versión de formato, 1 o mayor</translation>
    </message>
    <message>
        <source>the session names no data file and holds no table</source>
        <translation>la sesión no nombra ningún archivo de datos ni contiene ninguna tabla</translation>
    </message>
    <message>
        <source>&quot;settings.smoothing.method&quot; is &quot;%1&quot;, which is not a method of this Tangent (numpy, savgol, spline, tvr, kalman, auto)</source>
        <translation>&quot;settings.smoothing.method&quot; es &quot;%1&quot;, que no es un método de este Tangent (numpy, savgol, spline, tvr, kalman, auto)</translation>
    </message>
    <message>
        <source>&quot;settings.yColumns&quot; must be a list of column numbers, e.g. [1, 2]</source>
        <translation>&quot;settings.yColumns&quot; debe ser una lista de números de columna, p. ej. [1, 2]</translation>
    </message>
    <message>
        <source>&quot;settings.timeUnit&quot; is &quot;%1&quot;; it must be s, min, h, d or yr</source>
        <translation>&quot;settings.timeUnit&quot; es &quot;%1&quot;; debe ser s, min, h, d o yr</translation>
    </message>
    <message>
        <source>&quot;settings.edgeOrder&quot; is %1; it must be 1 or 2</source>
        <translation>&quot;settings.edgeOrder&quot; es %1; debe ser 1 o 2</translation>
    </message>
    <message>
        <source>&quot;settings.order&quot; is %1; it must be 1 or more</source>
        <translation>&quot;settings.order&quot; es %1; debe ser 1 o mayor</translation>
    </message>
    <message>
        <source>&quot;settings.dx&quot; must be a finite number other than 0</source>
        <translation>&quot;settings.dx&quot; debe ser un número finito distinto de 0</translation>
    </message>
    <message numerus="yes">
        <source>the x column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>la columna x es la columna %1, pero la tabla tiene %n columna</numerusform>
            <numerusform>la columna x es la columna %1, pero la tabla tiene %n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>y column %1 is chosen, but the table has %n column(s)</source>
        <translation>
            <numerusform>se ha elegido la columna y %1, pero la tabla tiene %n columna</numerusform>
            <numerusform>se ha elegido la columna y %1, pero la tabla tiene %n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the group column is column %1, but the table has %n column(s)</source>
        <translation>
            <numerusform>la columna de grupos es la columna %1, pero la tabla tiene %n columna</numerusform>
            <numerusform>la columna de grupos es la columna %1, pero la tabla tiene %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;view.bandNoiseSd&quot; must map column indexes to numbers above 0</source>
        <translation>«view.bandNoiseSd» debe asociar índices de columna a números mayores que 0</translation>
    </message>
</context>
<context>
    <name>StartupRecipe</name>
    <message>
        <source>x from column COL (header name or 1-based index), as in tangent-cli.</source>
        <translation>x de la columna COL (nombre del encabezado o índice desde 1), como en tangent-cli.</translation>
    </message>
    <message>
        <source>A uniform spacing H instead of an x column.</source>
        <translation>Un espaciado uniforme H en lugar de una columna x.</translation>
    </message>
    <message>
        <source>The columns to differentiate, comma-separated (default: every numeric column).</source>
        <translation>Las columnas que derivar, separadas por comas (por defecto: todas las columnas numéricas).</translation>
    </message>
    <message>
        <source>The unit a derivative over a date x is per (default d).</source>
        <translation>La unidad de tiempo de una derivada respecto de un x de fechas (por defecto d).</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of column COL on their own (the Derivative dock&apos;s Group by).</source>
        <translation>Datos en formato largo: derivar por separado las filas de cada valor de la columna COL (el «Agrupar por» del panel Derivada).</translation>
    </message>
    <message>
        <source>numpy&apos;s edge order (default 1).</source>
        <translation>El orden en los bordes de numpy (por defecto 1).</translation>
    </message>
    <message>
        <source>Derivative order (default 1).</source>
        <translation>Orden de la derivada (por defecto 1).</translation>
    </message>
    <message>
        <source>Derivative method: numpy (default, exactly numpy.gradient), savgol, spline, tvr, kalman or auto, as tangent-cli --method.</source>
        <translation>Método de derivación: numpy (por defecto, exactamente numpy.gradient), savgol, spline, tvr, kalman o auto, como tangent-cli --method.</translation>
    </message>
    <message>
        <source>savgol: odd window in points.</source>
        <translation>savgol: ventana impar, en puntos.</translation>
    </message>
    <message>
        <source>savgol: polynomial order.</source>
        <translation>savgol: orden del polinomio.</translation>
    </message>
    <message>
        <source>spline: lambda &gt; 0.</source>
        <translation>spline: lambda &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: alpha &gt; 0.</source>
        <translation>tvr: alfa &gt; 0.</translation>
    </message>
    <message>
        <source>tvr: iterations.</source>
        <translation>tvr: iteraciones.</translation>
    </message>
    <message>
        <source>kalman: log10(q/r).</source>
        <translation>kalman: log10(q/r).</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band, and export its sd columns, as --band.</source>
        <translation>Sombrear la banda de incertidumbre del 95 % de cada derivada y exportar sus columnas sd, como --band.</translation>
    </message>
    <message>
        <source>The band&apos;s noise level: S for every column, or COL=S for the columns named (the others estimated from the data), as View &gt; Band Noise Levels.</source>
        <translation>El nivel de ruido de la banda: S para todas las columnas, o COL=S para las columnas nombradas (las demás estimadas a partir de los datos), como Ver &gt; Niveles de ruido de la banda.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the derivative of tabular data, computed as numpy.gradient.</source>
        <translation>Muestra la derivada de datos tabulares, calculada como numpy.gradient.</translation>
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
        <translation>spline de suavizado</translation>
    </message>
    <message>
        <source>total variation</source>
        <translation>variación total</translation>
    </message>
    <message>
        <source>Kalman smoother</source>
        <translation>suavizador de Kalman</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Banda de incertidum&amp;bre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Shade the 95% band (±1.96 sd) the noise gives each derivative value</source>
        <translation>Sombrear la banda del 95 % (±1,96 sd) que el ruido da a cada valor de la derivada</translation>
    </message>
    <message>
        <source>No uncertainty band for &apos;%1&apos;: %2</source>
        <translation>Sin banda de incertidumbre para «%1»: %2</translation>
    </message>
    <message>
        <source>The shading is each derivative&apos;s 95% band: value ± 1.96 sd from the noise on y</source>
        <translation>El sombreado es la banda del 95 % de cada derivada: valor ± 1,96 sd por el ruido en y</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BandNoiseDialog</name>
    <message>
        <source>Band Noise Levels</source>
        <translation>Niveles de ruido de la banda</translation>
    </message>
    <message>
        <source>The noise σ on each column that its uncertainty band propagates. Leave a field empty to estimate σ from the data.</source>
        <translation>El ruido σ de cada columna que propaga su banda de incertidumbre. Deje un campo vacío para estimar σ a partir de los datos.</translation>
    </message>
    <message>
        <source>estimated (about %1)</source>
        <translation>estimado (aproximadamente %1)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>σ of &apos;%1&apos; must be a number above 0, or empty to estimate it</source>
        <translation>el σ de «%1» debe ser un número mayor que 0, o vacío para estimarlo</translation>
    </message>
    <message>
        <source>Band &amp;Noise Levels…</source>
        <translation>&amp;Niveles de ruido de la banda…</translation>
    </message>
    <message>
        <source>Give the noise σ of a column for its uncertainty band instead of estimating it</source>
        <translation>Indicar el ruido σ de una columna para su banda de incertidumbre en lugar de estimarlo</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExport</name>
    <message>
        <source>An export is still running</source>
        <translation>Todavía hay una exportación en curso</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BatchExportDialog</name>
    <message>
        <source>Export Derivatives of Several Files</source>
        <translation>Exportar las derivadas de varios archivos</translation>
    </message>
    <message>
        <source>Files exported</source>
        <translation>Archivos exportados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Cancelling after the file being read…</source>
        <translation>Cancelando tras el archivo que se está leyendo…</translation>
    </message>
    <message>
        <source>Files to differentiate</source>
        <translation>Archivos que derivar</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt *.dat);;All files (*)</source>
        <translation>Texto delimitado (*.csv *.tsv *.txt *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder for the derivative files</source>
        <translation>Carpeta para los archivos de derivadas</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing the derivative of %n file(s) into %1, computed as %2</source>
        <translation>
            <numerusform>Escribiendo la derivada de %n archivo en %1, calculada como %2</numerusform>
            <numerusform>Escribiendo la derivada de %n archivos en %1, calculada como %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Leyendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) written to %2.</source>
        <translation>
            <numerusform>%1 de %n archivo escrito en %2.</numerusform>
            <numerusform>%1 de %n archivos escritos en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not started.</source>
        <translation>
            <numerusform>Cancelado: %n archivo sin empezar.</numerusform>
            <numerusform>Cancelado: %n archivos sin empezar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Escritos:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Done, with problems.</source>
        <translation>Hecho, con problemas.</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    aviso: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::BusyBar</name>
    <message>
        <source>Computing</source>
        <translation>Calculando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop computing and go back to the settings before this change</source>
        <translation>Detener el cálculo y volver a los ajustes anteriores a este cambio</translation>
    </message>
    <message>
        <source>Computing %1 — the chart shows the previous result until it is done</source>
        <translation>Calculando %1 — el gráfico muestra el resultado anterior hasta que termine</translation>
    </message>
    <message>
        <source>Computation cancelled: back to the previous settings (Redo computes it again)</source>
        <translation>Cálculo cancelado: se vuelve a los ajustes anteriores (Rehacer lo calcula de nuevo)</translation>
    </message>
    <message>
        <source>Computation cancelled: numpy.gradient is shown (Undo computes the method again)</source>
        <translation>Cálculo cancelado: se muestra numpy.gradient (Deshacer vuelve a calcular el método)</translation>
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
        <translation>± es la semianchura de la banda del 95 % (1,96 sd)</translation>
    </message>
    <message>
        <source>Shaded: 95% band of each derivative (±1.96 sd from the noise)</source>
        <translation>Sombreado: banda del 95 % de cada derivada (±1,96 sd por el ruido)</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>banda del 95 %</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartInteraction</name>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartOverlays</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Filas resaltadas</translation>
    </message>
    <message>
        <source>Highlighted rows (derivative)</source>
        <translation>Filas resaltadas (derivada)</translation>
    </message>
    <message>
        <source>Secant</source>
        <translation>Secante</translation>
    </message>
    <message>
        <source>Tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <source>Secant points</source>
        <translation>Puntos de la secante</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <source>Tangent point</source>
        <translation>Punto de tangencia</translation>
    </message>
    <message>
        <source>, t in %1</source>
        <translation>, t en %1</translation>
    </message>
    <message>
        <source>Row %1: a tangent needs the first derivative (order is %2)</source>
        <translation>Fila %1: una tangente necesita la primera derivada (el orden es %2)</translation>
    </message>
    <message>
        <source>Row %1: no derivative here, so no tangent</source>
        <translation>Fila %1: aquí no hay derivada, así que no hay tangente</translation>
    </message>
    <message>
        <source>Tangent at row %1
%2</source>
        <translation>Tangente en la fila %1
%2</translation>
    </message>
    <message>
        <source>Secant, rows %1 and %2
%3</source>
        <translation>Secante, filas %1 y %2
%3</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartPanes</name>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposición</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Superpuesta</translation>
    </message>
    <message>
        <source>Curves and derivatives in one pane</source>
        <translation>Curvas y derivadas en un mismo gráfico</translation>
    </message>
    <message>
        <source>&amp;Stacked</source>
        <translation>&amp;Apilada</translation>
    </message>
    <message>
        <source>Curves above, derivatives below, one shared x axis</source>
        <translation>Curvas arriba, derivadas abajo, un eje x común</translation>
    </message>
    <message>
        <source>Small &amp;Multiples</source>
        <translation>&amp;Múltiplos pequeños</translation>
    </message>
    <message>
        <source>A curve over its derivative for each y column</source>
        <translation>Para cada columna y, la curva sobre su derivada</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartSmoothing</name>
    <message>
        <source>smoothed %1</source>
        <translation>%1 (suavizada)</translation>
    </message>
    <message>
        <source>%1 − smoothed</source>
        <translation>%1 − suavizada</translation>
    </message>
    <message>
        <source>residual y − smoothed</source>
        <translation>residuo y − suavizada</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ChartView</name>
    <message>
        <source>Tangent chart</source>
        <translation>Gráfico de Tangent</translation>
    </message>
    <message>
        <source>row × %1</source>
        <translation>fila × %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>The curves and their derivatives. Keys: + and − zoom, 0 shows all data, the arrow keys scroll or, with the tangent shown, move it from point to point.</source>
        <translation>Las curvas y sus derivadas. Teclas: + y − amplían o reducen, 0 muestra todos los datos, las flechas desplazan la vista o, con la tangente visible, la mueven de punto en punto.</translation>
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
        <translation>«%1» no es una fecha (fila %2, columna %3 del bloque pegado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (row %2, column %3 of the pasted block)</source>
        <translation>«%1» no es un número (fila %2, columna %3 del bloque pegado)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Commands</name>
    <message>
        <source>Edit cell %1%2</source>
        <translation>Editar la celda %1%2</translation>
    </message>
    <message>
        <source>Paste %1×%2 cells</source>
        <translation>Pegar %1×%2 celdas</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Use uniform spacing dx</source>
        <translation>Usar un espaciado uniforme dx</translation>
    </message>
    <message>
        <source>Use %1 as x</source>
        <translation>Usar %1 como x</translation>
    </message>
    <message>
        <source>Set dx to %1</source>
        <translation>Fijar dx en %1</translation>
    </message>
    <message>
        <source>Choose y columns</source>
        <translation>Elegir las columnas y</translation>
    </message>
    <message>
        <source>Set edge order %1</source>
        <translation>Fijar el orden en los bordes en %1</translation>
    </message>
    <message>
        <source>Set derivative order %1</source>
        <translation>Fijar el orden de derivación en %1</translation>
    </message>
    <message>
        <source>Express derivatives per %1</source>
        <translation>Expresar las derivadas por %1</translation>
    </message>
    <message>
        <source>Change derivative settings</source>
        <translation>Cambiar los ajustes de la derivada</translation>
    </message>
    <message>
        <source>Insert row %1</source>
        <translation>Insertar la fila %1</translation>
    </message>
    <message>
        <source>Insert %1 rows</source>
        <translation>Insertar %1 filas</translation>
    </message>
    <message>
        <source>Delete row %1</source>
        <translation>Eliminar la fila %1</translation>
    </message>
    <message>
        <source>Delete %1 rows</source>
        <translation>Eliminar %1 filas</translation>
    </message>
    <message>
        <source>Insert column %1</source>
        <translation>Insertar la columna %1</translation>
    </message>
    <message>
        <source>Delete column %1</source>
        <translation>Eliminar la columna %1</translation>
    </message>
    <message>
        <source>Rename column %1 to %2</source>
        <translation>Renombrar la columna %1 como %2</translation>
    </message>
    <message>
        <source>Set the unit of %1 to %2</source>
        <translation>Fijar la unidad de %1 en %2</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <source>Derivative by %1</source>
        <translation>Derivada con %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The column whose derivative is compared</source>
        <translation>La columna cuya derivada se compara</translation>
    </message>
    <message>
        <source>&amp;y column:</source>
        <translation>Columna &amp;y:</translation>
    </message>
    <message>
        <source>&amp;Edge orders</source>
        <translation>Órdenes en los &amp;bordes</translation>
    </message>
    <message>
        <source>&amp;Methods</source>
        <translation>&amp;Métodos</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ComputationDialog</name>
    <message>
        <source>The Whole Computation</source>
        <translation>El cálculo completo</translation>
    </message>
    <message>
        <source>Every row of &lt;code&gt;%1&lt;/code&gt;, one line each, as &lt;code&gt;tangent-cli --explain&lt;/code&gt; prints it.</source>
        <translation>Cada fila de &lt;code&gt;%1&lt;/code&gt;, una línea por valor, tal como la imprime &lt;code&gt;tangent-cli --explain&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>The table shows derivative order %1; these lines are the first application of the gradient.</source>
        <translation>La tabla muestra el orden de derivación %1; estas líneas son la primera aplicación del gradiente.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy every line to the clipboard</source>
        <translation>Copiar todas las líneas al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the lines as a text file</source>
        <translation>Guardar las líneas como archivo de texto</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Save the Computation</source>
        <translation>Guardar el cálculo</translation>
    </message>
    <message>
        <source>computation.txt</source>
        <translation>calculo.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic</source>
        <translation>La aritmética de cada fila</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ConvergenceDialog</name>
    <message>
        <source>Convergence</source>
        <translation>Convergencia</translation>
    </message>
    <message>
        <source>Largest error of numpy.gradient against the number of points</source>
        <translation>Mayor error de numpy.gradient frente al número de puntos</translation>
    </message>
    <message>
        <source>number of points n</source>
        <translation>número de puntos n</translation>
    </message>
    <message>
        <source>max |numeric − exact|</source>
        <translation>máx |numérica − exacta|</translation>
    </message>
    <message>
        <source>slope −1 (reference)</source>
        <translation>pendiente −1 (referencia)</translation>
    </message>
    <message>
        <source>slope −2 (reference)</source>
        <translation>pendiente −2 (referencia)</translation>
    </message>
    <message>
        <source>Each dot is one table of n samples of f; its height is the largest |numpy.gradient − f′| over all rows. Ten times the points: with edge order 1 the error falls ten-fold (slope −1), because the two end rows use one-sided first-order differences; with edge order 2 it falls a hundred-fold (slope −2), like the central differences inside. Where a line levels off or turns up, rounding has taken over: it grows as the spacing shrinks. A method exact for f (x² with edge order 2) shows nothing but that rounding.</source>
        <translation>Cada punto es una tabla de n muestras de f; su altura es el mayor |numpy.gradient − f′| sobre todas las filas. Con diez veces más puntos, con orden en los bordes 1 el error se divide por diez (pendiente −1), porque las dos filas de los extremos usan diferencias laterales de primer orden; con orden 2 se divide por cien (pendiente −2), como las diferencias centrales del interior. Donde una línea se aplana o vuelve a subir, domina el redondeo: crece a medida que el espaciado se reduce. Un método exacto para f (x² con orden 2) no muestra más que ese redondeo.</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Sin estudio: %1</translation>
    </message>
    <message>
        <source>x jittered by %1 of a step (seed %2)</source>
        <translation>x perturbado en %1 de un paso (semilla %2)</translation>
    </message>
    <message>
        <source>evenly spaced x</source>
        <translation>x equiespaciado</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4, no noise; f′ %5.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; en [%2, %3], %4, sin ruido; f′ %5.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>computed numerically</source>
        <translation>calculada numéricamente</translation>
    </message>
    <message>
        <source>edge order %1: exact, only rounding</source>
        <translation>orden en los bordes %1: exacta, solo redondeo</translation>
    </message>
    <message>
        <source>edge order %1: slope %2</source>
        <translation>orden en los bordes %1: pendiente %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DataTableView</name>
    <message>
        <source>Double-click or type to edit a cell; an emptied cell becomes a gap</source>
        <translation>Haga doble clic o escriba para editar una celda; una celda vaciada se convierte en un hueco</translation>
    </message>
    <message>
        <source>Copied %1×%2 cells</source>
        <translation>%1×%2 celdas copiadas</translation>
    </message>
    <message>
        <source>Derivative columns are computed; paste into a data column</source>
        <translation>Las columnas de derivadas se calculan; pegue en una columna de datos</translation>
    </message>
    <message>
        <source>Nothing pasted: %1 (row %2, column %3 of the pasted block)</source>
        <translation>No se pegó nada: %1 (fila %2, columna %3 del bloque pegado)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n fila pegada</numerusform>
            <numerusform>%n filas pegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Eliminar %n fila</numerusform>
            <numerusform>Eliminar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Renombrar columna</translation>
    </message>
    <message>
        <source>e.g. °C, m/s</source>
        <translation>p. ej. °C, m/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Tabla de datos</translation>
    </message>
    <message>
        <source>The data columns followed by their derivatives, which are computed and read-only</source>
        <translation>Las columnas de datos seguidas de sus derivadas, que se calculan y son de solo lectura</translation>
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
        <translation>La llamada a numpy que calcula exactamente los mismos valores</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the numpy call to the clipboard</source>
        <translation>Copiar la llamada a numpy al portapapeles</translation>
    </message>
    <message>
        <source>Problems with the data or the settings</source>
        <translation>Problemas con los datos o los ajustes</translation>
    </message>
    <message>
        <source>&amp;Sort rows by x</source>
        <translation>&amp;Ordenar las filas por x</translation>
    </message>
    <message>
        <source>Sort every column by the x column (one undo step)</source>
        <translation>Ordenar todas las columnas según la columna x (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Same as:</source>
        <translation>Igual que:</translation>
    </message>
    <message>
        <source>A call that computes the same values</source>
        <translation>Una llamada que calcula los mismos valores</translation>
    </message>
    <message>
        <source>Differentiate the rows of each value of this column on their own (one undo step)</source>
        <translation>Derivar por separado las filas de cada valor de esta columna (un paso de deshacer)</translation>
    </message>
    <message>
        <source>&amp;Group by %1</source>
        <translation>A&amp;grupar por %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::Document</name>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>rows %1, …</source>
        <translation>filas %1, …</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>filas %1 y %2</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 hueco</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 huecos</translation>
    </message>
    <message>
        <source>x (%1) decreases throughout. The derivatives are still correct; sort by x to draw the chart from left to right.</source>
        <translation>x (%1) decrece en todo el rango. Las derivadas siguen siendo correctas; ordene por x para dibujar el gráfico de izquierda a derecha.</translation>
    </message>
    <message>
        <source>x (%1) is not increasing: it decreases at row %2 (%3 after %4). numpy.gradient does not sort, so the slopes across each step back are meaningless. Sort the table by x.</source>
        <translation>x (%1) no es creciente: decrece en la fila %2 (%3 después de %4). numpy.gradient no ordena, así que las pendientes a través de cada retroceso no tienen sentido. Ordene la tabla por x.</translation>
    </message>
    <message>
        <source>rows %1 and %2 (x = %3)</source>
        <translation>filas %1 y %2 (x = %3)</translation>
    </message>
    <message>
        <source> and 1 more place</source>
        <translation> y 1 lugar más</translation>
    </message>
    <message>
        <source> and %1 more places</source>
        <translation> y %1 lugares más</translation>
    </message>
    <message>
        <source>x (%1) repeats at %2: the step there is 0, so the slopes next to it are infinite or NaN. Remove or merge the duplicate rows.</source>
        <translation>x (%1) se repite en %2: el paso allí es 0, así que las pendientes contiguas son infinitas o NaN. Elimine o combine las filas duplicadas.</translation>
    </message>
    <message>
        <source>x (%1) is evenly spaced to within 1 part in 10⁹ but not exactly (steps from %2 to %3). numpy then uses its non-uniform formula, so results differ from numpy.gradient(y, dx) in the last bits; Tangent matches numpy.gradient(y, x).</source>
        <translation>x (%1) está equiespaciado con un margen de 1 parte en 10⁹, pero no exactamente (pasos de %2 a %3). numpy usa entonces su fórmula no uniforme, así que los resultados difieren de numpy.gradient(y, dx) en los últimos bits; Tangent coincide con numpy.gradient(y, x).</translation>
    </message>
    <message>
        <source>x (%1) has %2 (empty cells), at %3: the derivatives next to them are NaN.</source>
        <translation>x (%1) tiene %2 (celdas vacías), en %3: las derivadas contiguas son NaN.</translation>
    </message>
    <message>
        <source>Edge order %1 needs at least %2 rows; the table has %3. Add rows%4.</source>
        <translation>El orden en los bordes %1 necesita al menos %2 filas; la tabla tiene %3. Añada filas%4.</translation>
    </message>
    <message>
        <source> or use edge order 1</source>
        <translation> o use el orden en los bordes 1</translation>
    </message>
    <message>
        <source>The derivative cannot be computed: %1</source>
        <translation>No se puede calcular la derivada: %1</translation>
    </message>
    <message>
        <source>There is no numeric column to differentiate besides x.</source>
        <translation>No hay ninguna columna numérica que derivar aparte de x.</translation>
    </message>
    <message>
        <source>The spacing dx is %1: choose a finite number other than 0.</source>
        <translation>El espaciado dx es %1: elija un número finito distinto de 0.</translation>
    </message>
    <message>
        <source>The x column %1 holds text that is neither numbers nor dates; choose another x column or a uniform spacing dx.</source>
        <translation>La columna x %1 contiene texto que no son números ni fechas; elija otra columna x o un espaciado uniforme dx.</translation>
    </message>
    <message>
        <source>%1 has %2 (empty cells), at %3: its derivative is NaN next to them.</source>
        <translation>%1 tiene %2 (celdas vacías), en %3: su derivada contigua es NaN.</translation>
    </message>
    <message>
        <source>Column %1 holds text that is neither numbers nor dates; it is not differentiated, but it can group the rows (Group by).</source>
        <translation>La columna %1 contiene texto que no son números ni fechas; no se deriva, pero puede agrupar las filas (Agrupar por).</translation>
    </message>
    <message numerus="yes">
        <source>Grouped by &apos;%1&apos;: %n group(s), each differentiated on its own rows.</source>
        <translation>
            <numerusform>Agrupado por «%1»: %n grupo, derivado sobre sus propias filas.</numerusform>
            <numerusform>Agrupado por «%1»: %n grupos, cada uno derivado sobre sus propias filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1; its derivative is left empty.</source>
        <translation>%1; su derivada se deja vacía.</translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation>%1 (auto)</translation>
    </message>
    <message>
        <source>Noise on %1: σ ≈ %2 (the median distance of each point from the line through its neighbours, scaled to a standard deviation).</source>
        <translation>Ruido en %1: σ ≈ %2 (la distancia mediana de cada punto a la recta que pasa por sus vecinos, escalada a una desviación típica).</translation>
    </message>
    <message>
        <source>The derivative of %1 is mostly noise (SNR %2): noise of σ ≈ %3 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%4 in numpy&apos;s differences, against a signal of about %5. Try a smoothing method.</source>
        <translation>La derivada de %1 es sobre todo ruido (SNR %2): un ruido de σ ≈ %3 en %1 (estimado a partir de la distancia de cada punto a la recta que pasa por sus vecinos) se convierte en ±%4 en las diferencias de numpy, frente a una señal de unos %5. Pruebe un método de suavizado.</translation>
    </message>
    <message>
        <source>cannot smooth &apos;%1&apos;: %2</source>
        <translation>no se puede suavizar «%1»: %2</translation>
    </message>
    <message>
        <source>No uncertainty band for the derivative of %1: %2</source>
        <translation>Sin banda de incertidumbre para la derivada de %1: %2</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ ≈ %2 on %1 estimated from the data. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>La banda alrededor de la derivada de %1 es su intervalo del 95 %, ±1,96 sd, por un ruido σ ≈ %2 en %1 estimado a partir de los datos. Supone ruido independiente y es demasiado estrecha donde la curva se dobla bruscamente.</translation>
    </message>
    <message>
        <source>The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ = %2 on %1 as given in the band&apos;s settings. It assumes independent noise and is too narrow where the curve bends sharply.</source>
        <translation>La banda alrededor de la derivada de %1 es su intervalo del 95 %, ±1,96 sd, para un ruido de σ = %2 en %1 tal como se indica en los ajustes de la banda. Supone ruido independiente y es demasiado estrecha donde la curva cambia bruscamente.</translation>
    </message>
    <message>
        <source>The derivative of %1 cannot be told apart from its noise: noise of σ ≈ %2 on %1 (estimated from each point&apos;s distance to the line through its neighbours) becomes ±%3 in numpy&apos;s differences, and no signal larger than that was found. Try a smoothing method.</source>
        <translation>La derivada de %1 no se distingue de su ruido: un ruido de σ ≈ %2 en %1 (estimado a partir de la distancia de cada punto a la recta que pasa por sus vecinos) se convierte en ±%3 en las diferencias de numpy, y no se encontró ninguna señal mayor. Pruebe un método de suavizado.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Column %1 holds text: if the file holds one series per %1, one after another (long format), group the rows by it so that each series is differentiated on its own rows rather than sorted into the others.</source>
        <translation>La columna %1 contiene texto: si el archivo contiene una serie por cada %1, una tras otra (formato largo), agrupe las filas por ella para que cada serie se derive en sus propias filas en lugar de ordenarse entre las demás.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentExplainer</name>
    <message>
        <source>This column is not differentiated.</source>
        <translation>Esta columna no se deriva.</translation>
    </message>
    <message>
        <source>The spacing cannot be resolved.</source>
        <translation>No se puede determinar el espaciado.</translation>
    </message>
    <message>
        <source>The table is grouped: each group is differentiated on its own rows. Click a row to see how its value is computed within its group, or run tangent-cli --group --explain for every row.</source>
        <translation>La tabla está agrupada: cada grupo se deriva sobre sus propias filas. Haga clic en una fila para ver cómo se calcula su valor dentro de su grupo, o ejecute tangent-cli --group --explain para todas las filas.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentRecovery</name>
    <message>
        <source>Unsaved changes could not be backed up for crash recovery: %1</source>
        <translation>No se pudieron respaldar los cambios sin guardar para la recuperación tras un fallo: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::DocumentTabs</name>
    <message>
        <source>Open tables</source>
        <translation>Tablas abiertas</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
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
        <translation>derivada</translation>
    </message>
    <message>
        <source>difference (order 2 − order 1)</source>
        <translation>diferencia (orden 2 − orden 1)</translation>
    </message>
    <message>
        <source>edge order 1</source>
        <translation>orden en los bordes 1</translation>
    </message>
    <message>
        <source>edge order 2</source>
        <translation>orden en los bordes 2</translation>
    </message>
    <message>
        <source>rows that differ</source>
        <translation>filas que difieren</translation>
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
        <translation>Los órdenes en los bordes 1 y 2 coinciden aquí en todas las filas, bit a bit (los datos son rectos en los extremos).</translation>
    </message>
    <message>
        <source>row %1 by %2</source>
        <translation>fila %1 en %2</translation>
    </message>
    <message>
        <source>Only the end rows differ: %1 (order 2 − order 1). Every interior row uses the same central difference with either edge order, so those agree bit for bit.</source>
        <translation>Solo difieren las filas de los extremos: %1 (orden 2 − orden 1). Cada fila interior usa la misma diferencia central con cualquiera de los dos órdenes, así que coinciden bit a bit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> A derivative of order %1 applies the gradient %1 times, and each pass carries the ends&apos; difference one row further in.</source>
        <translation> Una derivada de orden %1 aplica el gradiente %1 veces, y cada pasada lleva la diferencia de los extremos una fila más hacia dentro.</translation>
    </message>
    <message>
        <source>Rows that differ: %1; the largest difference is %2 at row %3 (order 2 − order 1). All other rows agree bit for bit.</source>
        <translation>Filas que difieren: %1; la mayor diferencia es %2 en la fila %3 (orden 2 − orden 1). Todas las demás filas coinciden bit a bit.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ExplainPanel</name>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>filas %1 y %2</translation>
    </message>
    <message>
        <source>&amp;Derivative of:</source>
        <translation>&amp;Derivada de:</translation>
    </message>
    <message>
        <source>Which differentiated column to explain</source>
        <translation>Qué columna derivada explicar</translation>
    </message>
    <message>
        <source>Show the &amp;whole computation…</source>
        <translation>Mostrar todo el &amp;cálculo…</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>La aritmética de cada fila, una línea por valor, tal como la imprime tangent-cli --explain</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy this row&apos;s formula and arithmetic as text</source>
        <translation>Copiar la fórmula y la aritmética de esta fila como texto</translation>
    </message>
    <message>
        <source>No column is differentiated. Choose the y columns in the Derivative panel.</source>
        <translation>No se deriva ninguna columna. Elija las columnas y en el panel Derivada.</translation>
    </message>
    <message>
        <source>Click a row in the table to see how numpy computes its derivative.</source>
        <translation>Haga clic en una fila de la tabla para ver cómo calcula numpy su derivada.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table, so numpy takes the central difference of its neighbours, %2: the change in y between them divided by the distance 2h between them.</source>
        <translation>La fila %1 está en el interior de la tabla, así que numpy toma la diferencia central de sus vecinas, %2: el cambio de y entre ellas dividido por la distancia 2h que las separa.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table and its neighbours are at different distances from it (p ≠ q), so numpy weights %2 so that the result is exact for any parabola.</source>
        <translation>La fila %1 está en el interior de la tabla y sus vecinas están a distancias distintas (p ≠ q), así que numpy pondera %2 para que el resultado sea exacto para cualquier parábola.</translation>
    </message>
    <message>
        <source>Row %1 is inside the table. x is not evenly spaced throughout, so numpy weights the row and its neighbours everywhere; here both gaps are equal (p = q = %2), and the weights reduce to the central difference of %3.</source>
        <translation>La fila %1 está en el interior de la tabla. x no está equiespaciado en todo el rango, así que numpy pondera en todas partes la fila y sus vecinas; aquí ambos intervalos son iguales (p = q = %2) y los pesos se reducen a la diferencia central de %3.</translation>
    </message>
    <message>
        <source>Row %1 is the first row: nothing comes before it, so numpy takes the one-sided difference to the next row (edge_order=1), using %2.</source>
        <translation>La fila %1 es la primera: no hay nada antes, así que numpy toma la diferencia lateral hacia la fila siguiente (edge_order=1), con %2.</translation>
    </message>
    <message>
        <source>Row %1 is the last row: nothing comes after it, so numpy takes the one-sided difference from the row before (edge_order=1), using %2.</source>
        <translation>La fila %1 es la última: no hay nada después, así que numpy toma la diferencia lateral desde la fila anterior (edge_order=1), con %2.</translation>
    </message>
    <message>
        <source>Row %1 is the %2 row and edge_order=2, so numpy uses %3: the slope at row %1 of the parabola through them.</source>
        <translation>La fila %1 es la %2 fila y edge_order=2, así que numpy usa %3: la pendiente en la fila %1 de la parábola que pasa por ellos.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>last</source>
        <translation>última</translation>
    </message>
    <message>
        <source>The weights come from the gaps p and q between them.</source>
        <translation>Los pesos salen de los intervalos p y q entre ellas.</translation>
    </message>
    <message>
        <source>The weights come from the gaps between them, here equal (p = q = %1), because x is not evenly spaced throughout.</source>
        <translation>Los pesos salen de los intervalos entre ellas, aquí iguales (p = q = %1), porque x no está equiespaciado en todo el rango.</translation>
    </message>
    <message>
        <source>Row %1 is empty (a gap), so the result is %2.</source>
        <translation>La fila %1 está vacía (un hueco), así que el resultado es %2.</translation>
    </message>
    <message>
        <source>%1 are empty (gaps), so the result is %2.</source>
        <translation>%1 están vacías (huecos), así que el resultado es %2.</translation>
    </message>
    <message>
        <source>Two of these rows have the same x, so the division gives %1.</source>
        <translation>Dos de estas filas tienen la misma x, así que la división da %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2 · numpy index i = %3 · %4</source>
        <translation>Fila %1 de %2 · índice numpy i = %3 · %4</translation>
    </message>
    <message>
        <source>The table shows derivative order %1: numpy.gradient applied %1 times. This is the first application only; each further one uses the same formulas on the values of the one before.</source>
        <translation>La tabla muestra el orden de derivación %1: numpy.gradient aplicado %1 veces. Esta es solo la primera aplicación; cada una de las siguientes usa las mismas fórmulas sobre los valores de la anterior.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>With the rows</source>
        <translation>Con las filas</translation>
    </message>
    <message>
        <source>With the values</source>
        <translation>Con los valores</translation>
    </message>
    <message>
        <source>First derivative</source>
        <translation>Primera derivada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The derivative cannot be computed</source>
        <translation>No se puede calcular la derivada</translation>
    </message>
    <message>
        <source>Row %1 (i = %2): %3</source>
        <translation>Fila %1 (i = %2): %3</translation>
    </message>
    <message>
        <source>Explanation of the selected row</source>
        <translation>Explicación de la fila seleccionada</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>diferencia central</translation>
    </message>
    <message>
        <source>three-point weighted difference (uneven spacing)</source>
        <translation>diferencia ponderada de tres puntos (espaciado irregular)</translation>
    </message>
    <message>
        <source>one-sided difference (first order)</source>
        <translation>diferencia lateral (primer orden)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order)</source>
        <translation>diferencia lateral de tres puntos (segundo orden)</translation>
    </message>
    <message>
        <source>one-sided three-point difference (second order, uneven spacing)</source>
        <translation>diferencia lateral de tres puntos (segundo orden, espaciado irregular)</translation>
    </message>
    <message>
        <source>Click a row in the table to see how %1 computes its derivative.</source>
        <translation>Haga clic en una fila de la tabla para ver cómo calcula %1 su derivada.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, differentiated on its own %2 rows: its row %3 (table row %4) · numpy index i = %5 · %6</source>
        <translation>Grupo «%1», derivado sobre sus propias %2 filas: su fila %3 (fila %4 de la tabla) · índice numpy i = %5 · %6</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;, its row %2 (table row %3)</source>
        <translation>Grupo «%1», su fila %2 (fila %3 de la tabla)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureActions</name>
    <message>
        <source>Export Fi&amp;gure…</source>
        <translation>Exportar la &amp;figura…</translation>
    </message>
    <message>
        <source>Copy Fi&amp;gure</source>
        <translation>Copiar la &amp;figura</translation>
    </message>
    <message>
        <source>Save the whole figure (every pane, the legends, the axes) as PDF, SVG or PNG, at a size and resolution of your choice</source>
        <translation>Guardar la figura completa (todos los gráficos, las leyendas, los ejes) como PDF, SVG o PNG, con el tamaño y la resolución que elija</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the whole figure (every pane) to the clipboard as an image</source>
        <translation>Copiar la figura completa (todos los gráficos) al portapapeles como imagen</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exportar la figura</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figura</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported the figure to %1</source>
        <translation>Figura exportada a %1</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Figura copiada al portapapeles</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exportar la figura</translation>
    </message>
    <message>
        <source>PDF (vector, for papers)</source>
        <translation>PDF (vectorial, para artículos)</translation>
    </message>
    <message>
        <source>SVG (vector, for editing)</source>
        <translation>SVG (vectorial, para editar)</translation>
    </message>
    <message>
        <source>PNG (image, for slides and the web)</source>
        <translation>PNG (imagen, para diapositivas y la web)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: turns centimetres and inches into pixels, and pixels into a page size</source>
        <translation>Puntos por pulgada: convierte centímetros y pulgadas en píxeles, y píxeles en un tamaño de página</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
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
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>Abrir ejemplo</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>El ejemplo %1 falta en esta compilación.</translation>
    </message>
    <message>
        <source>Opened sample %1</source>
        <translation>Ejemplo %1 abierto</translation>
    </message>
    <message>
        <source>Still reading %1</source>
        <translation>Todavía se está leyendo %1</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>%1 abierto: %n fila</numerusform>
            <numerusform>%1 abierto: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has unsaved changes; save them first</source>
        <translation>La tabla tiene cambios sin guardar; guárdelos primero</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The table has unsaved changes. Save them first?</source>
        <translation>La tabla tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>Guardar la tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin-titulo</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Export derivative</source>
        <translation>Exportar la derivada</translation>
    </message>
    <message>
        <source>There is no derivative to export: choose at least one y column.</source>
        <translation>No hay ninguna derivada que exportar: elija al menos una columna y.</translation>
    </message>
    <message>
        <source>Exported the derivative to %1</source>
        <translation>Derivada exportada a %1</translation>
    </message>
    <message>
        <source>Export derivative CSV</source>
        <translation>Exportar la derivada como CSV</translation>
    </message>
    <message>
        <source>-derivative</source>
        <translation>-derivada</translation>
    </message>
    <message>
        <source>Data files and sessions (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;CSV files (*.csv);;Spreadsheets (*.xlsx *.ods);;numpy arrays (*.npy);;Tangent sessions (*.tangent);;All files (*)</source>
        <translation>Archivos de datos y sesiones (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;Archivos CSV (*.csv);;Hojas de cálculo (*.xlsx *.ods);;Arrays de numpy (*.npy);;Sesiones de Tangent (*.tangent);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (sheet %2)</source>
        <translation>%1 (hoja %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); reading the first, %2</source>
        <translation>
            <numerusform>%1 tiene %n hoja; se lee la primera, %2</numerusform>
            <numerusform>%1 tiene %n hojas; se lee la primera, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1
Turn View → Uncertainty Band off to export the derivative alone.</source>
        <translation>%1
Desactive Ver → Banda de incertidumbre para exportar solo la derivada.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabController</name>
    <message>
        <source>numerical</source>
        <translation>numérica</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>Overlays removed: the table has %1 rows now, the generated data had %2.</source>
        <translation>Superposiciones quitadas: la tabla tiene ahora %1 filas, los datos generados tenían %2.</translation>
    </message>
    <message>
        <source>Overlays removed: the derivative no longer uses the generated x column.</source>
        <translation>Superposiciones quitadas: la derivada ya no usa la columna x generada.</translation>
    </message>
    <message>
        <source>Overlays hidden: the exact derivative is a first derivative, the derivative order is %1.</source>
        <translation>Superposiciones ocultas: la derivada exacta es una primera derivada y el orden de derivación es %1.</translation>
    </message>
    <message>
        <source>Overlays hidden: no y column is differentiated.</source>
        <translation>Superposiciones ocultas: no se deriva ninguna columna y.</translation>
    </message>
    <message>
        <source>Overlays hidden: %1</source>
        <translation>Superposiciones ocultas: %1</translation>
    </message>
    <message>
        <source>exact derivative: %1</source>
        <translation>derivada exacta: %1</translation>
    </message>
    <message>
        <source>exact derivative (computed numerically)</source>
        <translation>derivada exacta (calculada numéricamente)</translation>
    </message>
    <message>
        <source>error (numeric − exact)</source>
        <translation>error (numérica − exacta)</translation>
    </message>
    <message>
        <source>Generate data to compare numpy.gradient with the exact derivative.</source>
        <translation>Genere datos para comparar numpy.gradient con la derivada exacta.</translation>
    </message>
    <message>
        <source>The exact derivative is undefined at every point.</source>
        <translation>La derivada exacta no está definida en ningún punto.</translation>
    </message>
    <message>
        <source>Largest |numeric − exact| = %1 at x = %2 (row %3).</source>
        <translation>Mayor |numérica − exacta| = %1 en x = %2 (fila %3).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::FunctionLabDialog</name>
    <message>
        <source>Function Lab</source>
        <translation>Laboratorio de funciones</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Replace the table with columns x and y sampled from f</source>
        <translation>Sustituir la tabla por las columnas x e y muestreadas de f</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>typed expression</source>
        <translation>expresión escrita</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>a formula in x, e.g. x^2 * exp(-x)</source>
        <translation>una fórmula en x, p. ej. x^2 * exp(-x)</translation>
    </message>
    <message>
        <source>muparser syntax: + - * / ^, parentheses, pi, _e, c ? a : b, and sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</source>
        <translation>Sintaxis de muparser: + - * / ^, paréntesis, pi, _e, c ? a : b, y sin cos tan asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max</translation>
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
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x desde:</translation>
    </message>
    <message>
        <source>The range needs from &lt; to.</source>
        <translation>El intervalo necesita desde &lt; hasta.</translation>
    </message>
    <message>
        <source>&amp;Number of points:</source>
        <translation>&amp;Número de puntos:</translation>
    </message>
    <message>
        <source>&amp;uniform</source>
        <translation>&amp;uniforme</translation>
    </message>
    <message>
        <source>&amp;jittered by</source>
        <translation>&amp;perturbado en</translation>
    </message>
    <message>
        <source>Evenly spaced x, as numpy.linspace(from, to, n)</source>
        <translation>x equiespaciado, como numpy.linspace(desde, hasta, n)</translation>
    </message>
    <message>
        <source>Each interior x moves randomly by up to the given fraction of a step (half either way), so the spacing is uneven but x keeps increasing</source>
        <translation>Cada x interior se desplaza al azar hasta la fracción de paso indicada (la mitad hacia cada lado), de modo que el espaciado es irregular pero x sigue creciendo</translation>
    </message>
    <message>
        <source> of a step</source>
        <translation> de un paso</translation>
    </message>
    <message>
        <source>x spacing:</source>
        <translation>Espaciado de x:</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to y (0: none)</source>
        <translation>Desviación típica del ruido gaussiano añadido a y (0: ninguno)</translation>
    </message>
    <message>
        <source>&amp;Noise σ:</source>
        <translation>&amp;Ruido σ:</translation>
    </message>
    <message>
        <source>The same seed gives the same jitter and noise on every run</source>
        <translation>La misma semilla da la misma perturbación y el mismo ruido en cada ejecución</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation>En el gráfico</translation>
    </message>
    <message>
        <source>Show &amp;exact derivative</source>
        <translation>Mostrar la derivada &amp;exacta</translation>
    </message>
    <message>
        <source>Show e&amp;rror (numeric − exact)</source>
        <translation>Mostrar el e&amp;rror (numérica − exacta)</translation>
    </message>
    <message>
        <source>The document&apos;s derivative minus the exact one, on its own axis; it follows edits and the edge order</source>
        <translation>La derivada del documento menos la exacta, en su propio eje; sigue las ediciones y el orden en los bordes</translation>
    </message>
    <message>
        <source>Type a formula in x, e.g. sin(x) or x^2 + 1.</source>
        <translation>Escriba una fórmula en x, p. ej. sin(x) o x^2 + 1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>computed numerically at each x (Richardson extrapolation, typically within 1e-11 relative where f is smooth)</source>
        <translation>calculada numéricamente en cada x (extrapolación de Richardson, normalmente con un error relativo de 1e-11 donde f es suave)</translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation>%1 (exacta)</translation>
    </message>
    <message>
        <source>Nothing generated: %1</source>
        <translation>No se generó nada: %1</translation>
    </message>
    <message>
        <source>Nothing generated: %1.</source>
        <translation>No se generó nada: %1.</translation>
    </message>
    <message>
        <source>The table was kept: it has unsaved changes.</source>
        <translation>Se conservó la tabla: tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>f is undefined at %1 of the %2 points; those rows are gaps.</source>
        <translation>f no está definida en %1 de los %2 puntos; esas filas son huecos.</translation>
    </message>
    <message>
        <source>Generated %1 points of f(x) = %2.</source>
        <translation>Se generaron %1 puntos de f(x) = %2.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Tangent is not sure how to read this file. Check the preview and adjust the choices below.</source>
        <translation>Tangent no está seguro de cómo leer este archivo. Revise la vista previa y ajuste las opciones de abajo.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>La primera fila es un &amp;encabezado</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1,5)</source>
        <translation>Los números usan &amp;coma decimal (1,5)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source> (text)</source>
        <translation> (texto)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n columna.</numerusform>
            <numerusform>%n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>With these choices the file cannot be read: %1</source>
        <translation>Con estas opciones no se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>tangent::ui::LanguageText</name>
    <message>
        <source>Use the language CODE (en, de, fr, es) instead of the system&apos;s; numbers in the table follow it.</source>
        <translation>Usar el idioma CODE (en, de, fr, es) en lugar del del sistema; los números de la tabla lo siguen.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language code; use one of en, %2</source>
        <translation>--lang: «%1» no es un código de idioma; use uno de en, %2</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; use one of en, %2</source>
        <translation>--lang: no hay traducción para «%1»; use uno de en, %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MainWindow</name>
    <message>
        <source>Restored unsaved changes of %1</source>
        <translation>Cambios sin guardar de %1 restaurados</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Guardar la tabla</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the table under a new name</source>
        <translation>Guardar la tabla con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export Derivative CSV…</source>
        <translation>E&amp;xportar la derivada como CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write x, y and the derivative as CSV (tangent-cli&apos;s format)</source>
        <translation>Escribir x, y y la derivada como CSV (formato de tangent-cli)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Tangent</source>
        <translation>Salir de Tangent</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copiar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection</source>
        <translation>Pegar celdas de una hoja de cálculo en la selección</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Vaciar las celdas</translation>
    </message>
    <message>
        <source>Empty the selected cells (they become gaps)</source>
        <translation>Vaciar las celdas seleccionadas (se convierten en huecos)</translation>
    </message>
    <message>
        <source>&amp;Insert Row</source>
        <translation>&amp;Insertar una fila</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert a row above the current one</source>
        <translation>Insertar una fila encima de la actual</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Eliminar las filas</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Insert Colu&amp;mn</source>
        <translation>Insertar una col&amp;umna</translation>
    </message>
    <message>
        <source>Insert a column after the current one</source>
        <translation>Insertar una columna después de la actual</translation>
    </message>
    <message>
        <source>Delete the current column</source>
        <translation>Eliminar la columna actual</translation>
    </message>
    <message>
        <source>Re&amp;name Column…</source>
        <translation>Re&amp;nombrar la columna…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the current column and set its unit</source>
        <translation>Renombrar la columna actual y fijar su unidad</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer el zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation>Mostrar todos los datos</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen, large fonts and thick lines for projectors</source>
        <translation>Pantalla completa, letra grande y líneas gruesas para proyectores</translation>
    </message>
    <message>
        <source>Edge Order &amp;1</source>
        <translation>Orden en los bordes &amp;1</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>First-order differences at the ends (numpy&apos;s default)</source>
        <translation>Diferencias de primer orden en los extremos (lo predeterminado en numpy)</translation>
    </message>
    <message>
        <source>Edge Order &amp;2</source>
        <translation>Orden en los bordes &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Second-order differences at the ends</source>
        <translation>Diferencias de segundo orden en los extremos</translation>
    </message>
    <message>
        <source>&amp;About Tangent</source>
        <translation>&amp;Acerca de Tangent</translation>
    </message>
    <message>
        <source>About Tangent</source>
        <translation>Acerca de Tangent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Derivative</source>
        <translation>&amp;Derivada</translation>
    </message>
    <message>
        <source>Copy numpy &amp;Call</source>
        <translation>Copiar la &amp;llamada a numpy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Show &amp;Tangent</source>
        <translation>Mostrar la &amp;tangente</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Draw the tangent with the computed slope at the selected or hovered point</source>
        <translation>Dibujar la tangente con la pendiente calculada en el punto seleccionado o señalado</translation>
    </message>
    <message>
        <source>Clear &amp;Secant</source>
        <translation>Borrar la &amp;secante</translation>
    </message>
    <message>
        <source>Remove the secant (Shift+click a point on the chart to draw one)</source>
        <translation>Quitar la secante (Mayús+clic en un punto del gráfico para dibujar una)</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>Punto s&amp;iguiente</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Move the tangent to the next point</source>
        <translation>Mover la tangente al punto siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>Punto &amp;anterior</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Move the tangent to the previous point</source>
        <translation>Mover la tangente al punto anterior</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Function Lab…</source>
        <translation>&amp;Laboratorio de funciones…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Generate data from a function and compare with its exact derivative</source>
        <translation>Generar datos a partir de una función y compararlos con su derivada exacta</translation>
    </message>
    <message>
        <source>&amp;Convergence…</source>
        <translation>&amp;Convergencia…</translation>
    </message>
    <message>
        <source>Largest error against the number of points, edge order 1 and 2, log-log</source>
        <translation>Mayor error frente al número de puntos, órdenes en los bordes 1 y 2, en escala log-log</translation>
    </message>
    <message>
        <source>Compare &amp;Edge Orders…</source>
        <translation>Comparar ór&amp;denes en los bordes…</translation>
    </message>
    <message>
        <source>The derivative with edge order 1 and 2 on one chart, and where they differ</source>
        <translation>La derivada con órdenes en los bordes 1 y 2 en un mismo gráfico, y dónde difieren</translation>
    </message>
    <message>
        <source>Compare &amp;Methods…</source>
        <translation>Comparar &amp;métodos…</translation>
    </message>
    <message>
        <source>numpy, MATLAB/Octave and Origin&apos;s average of slopes, with residuals against numpy</source>
        <translation>numpy, MATLAB/Octave y la media de pendientes de Origin, con los residuos respecto a numpy</translation>
    </message>
    <message>
        <source>Show the &amp;Whole Computation…</source>
        <translation>Mostrar todo el c&amp;álculo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Every row&apos;s arithmetic, one line each, as tangent-cli --explain prints it</source>
        <translation>La aritmética de cada fila, una línea por valor, tal como la imprime tangent-cli --explain</translation>
    </message>
    <message>
        <source>Cop&amp;y Explanation</source>
        <translation>Copiar la e&amp;xplicación</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s formula and arithmetic as text</source>
        <translation>Copiar la fórmula y la aritmética de la fila seleccionada como texto</translation>
    </message>
    <message>
        <source>%1 (sample) — Tangent</source>
        <translation>%1 (ejemplo) — Tangent</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Tangent</source>
        <translation>%1[*] — Tangent</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;The derivative of tabular data, computed exactly as &lt;code&gt;numpy.gradient&lt;/code&gt; computes it (bit for bit on float64).&lt;/p&gt;&lt;p&gt;Open or type x/y data, choose the spacing and the edge order, and see the curve and its derivative together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tangent %1&lt;/h3&gt;&lt;p&gt;La derivada de datos tabulares, calculada exactamente como la calcula &lt;code&gt;numpy.gradient&lt;/code&gt; (bit a bit en float64).&lt;/p&gt;&lt;p&gt;Abra o escriba datos x/y, elija el espaciado y el orden en los bordes, y vea juntas la curva y su derivada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation>Eliminar la colu&amp;mna</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open several files, each in a tab of its own</source>
        <translation>Abrir varios archivos, cada uno en su propia pestaña</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Cerrar la pes&amp;taña</translation>
    </message>
    <message>
        <source>Close the table shown (asks about unsaved changes)</source>
        <translation>Cerrar la tabla mostrada (pregunta por los cambios sin guardar)</translation>
    </message>
    <message>
        <source>Apply the current settings and method to several files: one derivative CSV each, in a folder</source>
        <translation>Aplicar los ajustes y el método actuales a varios archivos: un CSV de derivada por archivo, en una carpeta</translation>
    </message>
    <message>
        <source>Save the data file&apos;s place (or the edited table), the settings, the zoom and the classroom state as a .tangent session</source>
        <translation>Guardar la ubicación del archivo de datos (o la tabla editada), los ajustes, el zoom y el estado de la clase como sesión .tangent</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>With a smoothing method: draw y − smoothed against an axis of its own</source>
        <translation>Con un método de suavizado: dibujar y − suavizada sobre un eje propio</translation>
    </message>
    <message>
        <source>Every smoothing method against the exact derivative on noisy data, and RMSE against the noise</source>
        <translation>Todos los métodos de suavizado frente a la derivada exacta con datos ruidosos, y el RMSE frente al ruido</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Tangent</source>
        <translation>%1 (%2)[*] — Tangent</translation>
    </message>
    <message>
        <source>Open Severa&amp;l…</source>
        <translation>Abrir vari&amp;os…</translation>
    </message>
    <message>
        <source>Export Derivatives of Several &amp;Files…</source>
        <translation>Exportar las &amp;derivadas de varios archivos…</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>Guardar la sesió&amp;n…</translation>
    </message>
    <message>
        <source>Show Resi&amp;duals</source>
        <translation>Mostrar los resid&amp;uos</translation>
    </message>
    <message>
        <source>N&amp;oise and Methods…</source>
        <translation>&amp;Ruido y métodos…</translation>
    </message>
    <message>
        <source>Open a CSV, .npy, .xlsx or .ods file</source>
        <translation>Abrir un archivo CSV, .npy, .xlsx u .ods</translation>
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
        <translation>numpy.gradient (exacto)</translation>
    </message>
    <message>
        <source>How the derivative is computed: numpy.gradient exactly, or a method that smooths noisy data first (docs/smoothing.md)</source>
        <translation>Cómo se calcula la derivada: exactamente con numpy.gradient o con un método que antes suaviza los datos ruidosos (docs/smoothing.md)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Exactly numpy.gradient: no smoothing.</source>
        <translation>Exactamente numpy.gradient: sin suavizado.</translation>
    </message>
    <message>
        <source>λ:</source>
        <translation>λ:</translation>
    </message>
    <message>
        <source>by GC&amp;V</source>
        <translation>por &amp;GCV</translation>
    </message>
    <message>
        <source>Smoothing spline: weight λ of the curvature ∫f&apos;&apos;² against the misfit Σ(y − f)²</source>
        <translation>Spline de suavizado: peso λ de la curvatura ∫f&apos;&apos;² frente al desajuste Σ(y − f)²</translation>
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
        <translation>Variación total: peso α de la variación total de la derivada</translation>
    </message>
    <message>
        <source>log₁₀(q/r):</source>
        <translation>log₁₀(q/r):</translation>
    </message>
    <message>
        <source>Kalman smoother: process noise q against measurement noise r, as log10(q/r)</source>
        <translation>Suavizador de Kalman: ruido de proceso q frente a ruido de medida r, como log10(q/r)</translation>
    </message>
    <message>
        <source>Tangent picks the method and its parameter by cross-validation.</source>
        <translation>Tangent elige el método y su parámetro por validación cruzada.</translation>
    </message>
    <message>
        <source>Automatic: the core chooses the value from the data (cross-validation, GCV or maximum likelihood; docs/smoothing.md) and the slider shows it</source>
        <translation>Automático: el núcleo elige el valor a partir de los datos (validación cruzada, GCV o máxima verosimilitud; docs/smoothing.md) y el control deslizante lo muestra</translation>
    </message>
    <message>
        <source>Savitzky–Golay: the window in points (odd)</source>
        <translation>Savitzky–Golay: la ventana en puntos (impar)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Savitzky–Golay: order of the polynomial fitted in each window (less than the window)</source>
        <translation>Savitzky–Golay: orden del polinomio ajustado en cada ventana (menor que la ventana)</translation>
    </message>
    <message>
        <source>&amp;Polynomial order:</source>
        <translation>Orden del &amp;polinomio:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Ran: %1</source>
        <translation>Ejecutado: %1</translation>
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
        <translation>f′ exacta (izquierda)</translation>
    </message>
    <message>
        <source>its σ (right)</source>
        <translation>su σ (derecha)</translation>
    </message>
    <message>
        <source>Noise and Methods</source>
        <translation>Ruido y métodos</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Parameters used</source>
        <translation>Parámetros usados</translation>
    </message>
    <message>
        <source>RMSE of f′</source>
        <translation>RMSE de f′</translation>
    </message>
    <message>
        <source>× numpy</source>
        <translation>× numpy</translation>
    </message>
    <message>
        <source>A difference quotient divides the noise by the spacing: noise of size σ on samples h apart gives numpy.gradient an error of about σ/(h·√2), whatever the function. Halving h to cut the truncation error doubles the noise, so on measured data the derivative is mostly noise. Every smoothing method fits the data over several rows before differentiating: it trades a little bias (the true curve is smoothed too) for much less variance. On the right, numpy&apos;s line rises in step with σ (slope 1); the smoothing methods rise more slowly, and at very small σ, where there is nothing to remove, their bias can make them worse than numpy. Every level uses the same noise seed, scaled.</source>
        <translation>Un cociente de diferencias divide el ruido por el espaciado: un ruido de tamaño σ en muestras separadas por h da a numpy.gradient un error de aproximadamente σ/(h·√2), sea cual sea la función. Reducir h a la mitad para recortar el error de truncamiento duplica el ruido, así que con datos medidos la derivada es sobre todo ruido. Cada método de suavizado ajusta los datos sobre varias filas antes de derivar: cambia un poco de sesgo (la curva verdadera también se suaviza) por mucha menos varianza. A la derecha, la línea de numpy sube al mismo ritmo que σ (pendiente 1); los métodos de suavizado suben más despacio y, con σ muy pequeño, donde no hay nada que eliminar, su sesgo puede hacerlos peores que numpy. Todos los niveles usan la misma semilla de ruido, escalada.</translation>
    </message>
    <message>
        <source>Derivative of the noisy samples, by method</source>
        <translation>Derivada de las muestras ruidosas, por método</translation>
    </message>
    <message>
        <source>exact f′</source>
        <translation>f′ exacta</translation>
    </message>
    <message>
        <source>RMSE of the derivative against the noise σ</source>
        <translation>RMSE de la derivada frente al ruido σ</translation>
    </message>
    <message>
        <source>noise σ</source>
        <translation>ruido σ</translation>
    </message>
    <message>
        <source>σ of the chart on the left</source>
        <translation>σ del gráfico de la izquierda</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1&lt;/b&gt; on [%2, %3], %4 points, Gaussian noise σ = %5%6, from the Function Lab&apos;s seed.</source>
        <translation>&lt;b&gt;f(x) = %1&lt;/b&gt; en [%2, %3], %4 puntos, ruido gaussiano σ = %5%6, con la semilla del laboratorio de funciones.</translation>
    </message>
    <message>
        <source> (2% of f&apos;s spread: the lab has no noise)</source>
        <translation> (2% de la amplitud de f: el laboratorio no tiene ruido)</translation>
    </message>
    <message>
        <source>Computing the noise sweep…</source>
        <translation>Calculando el barrido de ruido…</translation>
    </message>
    <message>
        <source>No study: %1</source>
        <translation>Sin estudio: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No sweep: %1</source>
        <translation>Sin barrido: %1</translation>
    </message>
    <message>
        <source>Noise sweep: %1 levels of σ, %2 points each, the same noise scaled.</source>
        <translation>Barrido de ruido: %1 niveles de σ, %2 puntos cada uno, el mismo ruido escalado.</translation>
    </message>
    <message>
        <source>95% &amp;band of:</source>
        <translation>&amp;Banda del 95 % de:</translation>
    </message>
    <message>
        <source>every method</source>
        <translation>cada método</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Shade value ± 1.96 sd, the band the noise gives each method&apos;s derivative</source>
        <translation>Sombrear valor ± 1,96 sd, la banda que el ruido da a la derivada de cada método</translation>
    </message>
    <message>
        <source>Band covers f′</source>
        <translation>La banda contiene f′</translation>
    </message>
    <message>
        <source>How often the exact derivative lies inside the method&apos;s 95% band (interior points); 95% is right</source>
        <translation>Con qué frecuencia la derivada exacta cae dentro de la banda del 95 % del método (puntos interiores); 95 % es lo correcto</translation>
    </message>
    <message>
        <source>The shaded bands are each method&apos;s 95% interval, value ± 1.96 sd: the noise σ, estimated from the samples, carried through the method. A band is honest when it holds the exact derivative about 95% of the time (the table&apos;s last column). numpy&apos;s band is honest but wide; a smoothing method&apos;s is narrow and still holds the truth, which is why its line with a band says more than numpy&apos;s line. Where the curve bends sharply the smoothing&apos;s bias is not in the band, and coverage drops. Total variation has no band.</source>
        <translation>Las bandas sombreadas son el intervalo del 95 % de cada método, valor ± 1,96 sd: el ruido σ, estimado a partir de las muestras, llevado a través del método. Una banda es honesta cuando contiene la derivada exacta alrededor del 95 % de las veces (la última columna de la tabla). La banda de numpy es honesta pero ancha; la de un método de suavizado es estrecha y aun así contiene la verdad, por eso su línea con banda dice más que la línea de numpy. Donde la curva se dobla bruscamente, el sesgo del suavizado no está en la banda y la cobertura baja. La variación total no tiene banda.</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>banda de %1</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>sin banda</translation>
    </message>
</context>
<context>
    <name>tangent::ui::MethodsPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent): inside, g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) with h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;; for evenly spaced x, (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Ends: one-sided, first order (edge_order=1) or second order (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt;: inside, g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;); ends (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) and (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Average of slopes&lt;/b&gt; (Origin&apos;s Differentiate; SciDAVis and QtiPlot drop the two ends): inside, g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)]; ends as MATLAB&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;numpy.gradient&lt;/b&gt; (Tangent): en el interior, g&lt;sub&gt;i&lt;/sub&gt; = (h&lt;sub&gt;−&lt;/sub&gt;² y&lt;sub&gt;i+1&lt;/sub&gt; + (h&lt;sub&gt;+&lt;/sub&gt;² − h&lt;sub&gt;−&lt;/sub&gt;²) y&lt;sub&gt;i&lt;/sub&gt; − h&lt;sub&gt;+&lt;/sub&gt;² y&lt;sub&gt;i−1&lt;/sub&gt;) / (h&lt;sub&gt;−&lt;/sub&gt; h&lt;sub&gt;+&lt;/sub&gt; (h&lt;sub&gt;−&lt;/sub&gt; + h&lt;sub&gt;+&lt;/sub&gt;)) con h&lt;sub&gt;−&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;, h&lt;sub&gt;+&lt;/sub&gt; = x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;; para x equiespaciado, (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / 2h. Extremos: laterales, de primer orden (edge_order=1) o de segundo orden (edge_order=2).&lt;br&gt;&lt;b&gt;MATLAB/Octave gradient(y, x)&lt;/b&gt;: en el interior, g&lt;sub&gt;i&lt;/sub&gt; = (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;); extremos (y&lt;sub&gt;1&lt;/sub&gt; − y&lt;sub&gt;0&lt;/sub&gt;) / (x&lt;sub&gt;1&lt;/sub&gt; − x&lt;sub&gt;0&lt;/sub&gt;) y (y&lt;sub&gt;n−1&lt;/sub&gt; − y&lt;sub&gt;n−2&lt;/sub&gt;) / (x&lt;sub&gt;n−1&lt;/sub&gt; − x&lt;sub&gt;n−2&lt;/sub&gt;).&lt;br&gt;&lt;b&gt;Media de pendientes&lt;/b&gt; (Differentiate de Origin; SciDAVis y QtiPlot omiten los dos extremos): en el interior, g&lt;sub&gt;i&lt;/sub&gt; = ½ [(y&lt;sub&gt;i&lt;/sub&gt; − y&lt;sub&gt;i−1&lt;/sub&gt;) / (x&lt;sub&gt;i&lt;/sub&gt; − x&lt;sub&gt;i−1&lt;/sub&gt;) + (y&lt;sub&gt;i+1&lt;/sub&gt; − y&lt;sub&gt;i&lt;/sub&gt;) / (x&lt;sub&gt;i+1&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)]; extremos como en MATLAB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The same data differentiated three ways</source>
        <translation>Los mismos datos derivados de tres maneras</translation>
    </message>
    <message>
        <source>derivative</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>Residuals against numpy (method − numpy)</source>
        <translation>Residuos respecto a numpy (método − numpy)</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>residuo</translation>
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
        <translation>numpy se calcula con edge_order=%1, como en el documento.</translation>
    </message>
    <message>
        <source>x is evenly spaced, so all three compute (y[i+1] − y[i−1]) / 2h inside and one-sided slopes at the ends: they agree with numpy up to rounding. Jitter x in the Function Lab to see them part. </source>
        <translation>x está equiespaciado, así que los tres calculan (y[i+1] − y[i−1]) / 2h en el interior y pendientes laterales en los extremos: coinciden con numpy salvo redondeo. Perturbe x en el laboratorio de funciones para verlos separarse. </translation>
    </message>
    <message>
        <source>x is evenly spaced, so the interiors agree up to rounding; numpy&apos;s second-order ends differ from the others&apos; one-sided slopes. </source>
        <translation>x está equiespaciado, así que los interiores coinciden salvo redondeo; los extremos de segundo orden de numpy difieren de las pendientes laterales de los otros. </translation>
    </message>
    <message>
        <source>x is unevenly spaced: numpy weights the two gaps on each side (second-order accurate), while MATLAB&apos;s gradient and the average of slopes are only first-order accurate inside, hence the residuals. </source>
        <translation>x no está equiespaciado: numpy pondera los dos intervalos de cada lado (precisión de segundo orden), mientras que el gradient de MATLAB y la media de pendientes solo tienen precisión de primer orden en el interior; de ahí los residuos. </translation>
    </message>
</context>
<context>
    <name>tangent::ui::NoiseBanner</name>
    <message>
        <source>Use &amp;Automatic</source>
        <translation>Usar el modo au&amp;tomático</translation>
    </message>
    <message>
        <source>Let Tangent choose a smoothing method and its parameter (one undo step)</source>
        <translation>Dejar que Tangent elija un método de suavizado y su parámetro (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this note for this file (the Diagnostics dock keeps it)</source>
        <translation>Ocultar esta nota para este archivo (el panel Diagnóstico la conserva)</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; is mostly noise (signal-to-noise ratio %2).</source>
        <translation>La derivada de «%1» con numpy.gradient es sobre todo ruido (relación señal-ruido %2).</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative is mostly noise.</source>
        <translation>La derivada con numpy.gradient es sobre todo ruido.</translation>
    </message>
    <message>
        <source>Other columns too (%1 in all).</source>
        <translation>Otras columnas también (%1 en total).</translation>
    </message>
    <message>
        <source>A smoothing method shows the trend under the noise.</source>
        <translation>Un método de suavizado muestra la tendencia bajo el ruido.</translation>
    </message>
    <message>
        <source>numpy.gradient&apos;s derivative of &apos;%1&apos; cannot be told apart from its noise.</source>
        <translation>La derivada de «%1» según numpy.gradient no se distingue de su ruido.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::PaletteText</name>
    <message>
        <source>Colours: system (the desktop&apos;s, by default), light, dark or high-contrast.</source>
        <translation>Colores: system (los del escritorio, por omisión), light (claros), dark (oscuros) o high-contrast (alto contraste).</translation>
    </message>
    <message>
        <source>--palette: unknown palette &apos;%1&apos;; use one of %2</source>
        <translation>--palette: paleta desconocida «%1»; use una de %2</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes — Tangent</source>
        <translation>Recuperar cambios sin guardar — Tangent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recover unsaved changes&lt;/h3&gt;&lt;p&gt;Tangent did not close normally. These tables had changes that were not saved. &lt;b&gt;Restore&lt;/b&gt; opens them again, marked as modified, to save or keep editing; &lt;b&gt;Discard&lt;/b&gt; throws the changes away. Your files on disk have not been changed either way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recuperar cambios sin guardar&lt;/h3&gt;&lt;p&gt;Tangent no se cerró con normalidad. Estas tablas tenían cambios que no se guardaron. &lt;b&gt;Restaurar&lt;/b&gt; las vuelve a abrir, marcadas como modificadas, para guardarlas o seguir editándolas; &lt;b&gt;Descartar&lt;/b&gt; desecha los cambios. Sus archivos en el disco no cambian en ningún caso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Damaged recovery file</source>
        <translation>Archivo de recuperación dañado</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>no se puede restaurar: %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 columna</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardada</translation>
    </message>
</context>
<context>
    <name>tangent::ui::RecoveryText</name>
    <message>
        <source>column %1</source>
        <translation>la columna %1</translation>
    </message>
    <message>
        <source>column %1 has an unknown kind %2</source>
        <translation>la columna %1 tiene un tipo desconocido %2</translation>
    </message>
    <message>
        <source>column %1 claims %2 values; the file is shorter</source>
        <translation>la columna %1 declara %2 valores; el archivo es más corto</translation>
    </message>
    <message>
        <source>the file ends inside column %1</source>
        <translation>el archivo termina dentro de la columna %1</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>los ajustes</translation>
    </message>
    <message>
        <source>the settings are damaged</source>
        <translation>los ajustes están dañados</translation>
    </message>
    <message>
        <source>the settings are out of range</source>
        <translation>los ajustes están fuera de rango</translation>
    </message>
    <message>
        <source>the file ends inside %1</source>
        <translation>el archivo termina dentro de %1</translation>
    </message>
    <message>
        <source>not a Tangent recovery file</source>
        <translation>no es un archivo de recuperación de Tangent</translation>
    </message>
    <message>
        <source>written in format %1; this Tangent reads format %2</source>
        <translation>escrito en el formato %1; este Tangent lee el formato %2</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>la cabecera</translation>
    </message>
    <message>
        <source>negative column count</source>
        <translation>número de columnas negativo</translation>
    </message>
    <message>
        <source>column %1 has a different number of rows</source>
        <translation>la columna %1 tiene un número de filas distinto</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>los grupos</translation>
    </message>
    <message>
        <source>the group column is damaged</source>
        <translation>la columna de grupos está dañada</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos;</source>
        <translation>el texto de la columna «%1»</translation>
    </message>
    <message>
        <source>the text of column &apos;%1&apos; has the wrong length</source>
        <translation>el texto de la columna «%1» tiene una longitud incorrecta</translation>
    </message>
</context>
<context>
    <name>tangent::ui::ResidualTableModel</name>
    <message>
        <source>0 (the reference)</source>
        <translation>0 (la referencia)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>max |method − numpy|</source>
        <translation>máx |método − numpy|</translation>
    </message>
    <message>
        <source>at row</source>
        <translation>en la fila</translation>
    </message>
    <message>
        <source>RMS residual</source>
        <translation>residuo cuadrático medio</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SessionController</name>
    <message>
        <source>Where is %1?</source>
        <translation>¿Dónde está %1?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin-titulo</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Tangent sessions (*.tangent)</source>
        <translation>Sesiones de Tangent (*.tangent)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>Sesión %1 guardada</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>its settings do not fit the table: %1</source>
        <translation>sus ajustes no encajan con la tabla: %1</translation>
    </message>
    <message>
        <source>Opened the session %1, but the columns of %2 are not those it was saved with (%3): check the settings</source>
        <translation>Sesión %1 abierta, pero las columnas de %2 no son las que tenía al guardarse (%3): revise los ajustes</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Sesión %1 abierta</translation>
    </message>
    <message>
        <source>its data file %1 was not found; the session was not opened</source>
        <translation>no se encontró su archivo de datos %1; la sesión no se abrió</translation>
    </message>
    <message>
        <source>its data file could not be read: %1</source>
        <translation>no se pudo leer su archivo de datos: %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening the session %1 was cancelled</source>
        <translation>Apertura de la sesión %1 cancelada</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SettingsPanel</name>
    <message>
        <source>Where the spacing comes from: an x column (coordinates, as numpy.gradient(y, x)) or a uniform spacing dx (as numpy.gradient(y, dx))</source>
        <translation>De dónde sale el espaciado: una columna x (coordenadas, como numpy.gradient(y, x)) o un espaciado uniforme dx (como numpy.gradient(y, dx))</translation>
    </message>
    <message>
        <source>&amp;x from:</source>
        <translation>&amp;x desde:</translation>
    </message>
    <message>
        <source>Uniform spacing between samples (numpy&apos;s scalar spacing)</source>
        <translation>Espaciado uniforme entre muestras (el espaciado escalar de numpy)</translation>
    </message>
    <message>
        <source>&amp;dx:</source>
        <translation>&amp;dx:</translation>
    </message>
    <message>
        <source>Columns to differentiate</source>
        <translation>Columnas que derivar</translation>
    </message>
    <message>
        <source>&amp;y columns:</source>
        <translation>Columnas &amp;y:</translation>
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
        <translation>Diferencias laterales de primer orden en los extremos (lo predeterminado en numpy)</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends (needs at least 3 points)</source>
        <translation>Diferencias laterales de segundo orden en los extremos (necesita al menos 3 puntos)</translation>
    </message>
    <message>
        <source>Edge order:</source>
        <translation>Orden en los bordes:</translation>
    </message>
    <message>
        <source>Derivative order: the gradient applied this many times</source>
        <translation>Orden de derivación: cuántas veces se aplica el gradiente</translation>
    </message>
    <message>
        <source>Derivative &amp;order:</source>
        <translation>&amp;Orden de derivación:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>Time unit of the derivative when x is a date column</source>
        <translation>Unidad de tiempo de la derivada cuando x es una columna de fechas</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>Unidad de &amp;tiempo:</translation>
    </message>
    <message>
        <source>Uniform spacing dx</source>
        <translation>Espaciado uniforme dx</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Columna: %1</translation>
    </message>
    <message>
        <source>Second-order one-sided differences at the ends</source>
        <translation>Diferencias laterales de segundo orden en los extremos</translation>
    </message>
    <message>
        <source>Edge order 2 needs at least %1 points</source>
        <translation>El orden en los bordes 2 necesita al menos %1 puntos</translation>
    </message>
    <message>
        <source>Edge order 1</source>
        <translation>Orden en los bordes 1</translation>
    </message>
    <message>
        <source>Edge order 2</source>
        <translation>Orden en los bordes 2</translation>
    </message>
    <message>
        <source>y columns</source>
        <translation>Columnas y</translation>
    </message>
    <message>
        <source>Long-format data: differentiate the rows of each value of this column on their own (rows of a group may be spread through the file), one curve per group</source>
        <translation>Datos en formato largo: derivar por separado las filas de cada valor de esta columna (las filas de un grupo pueden estar repartidas por el archivo), una curva por grupo</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Ag&amp;rupar por:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The edge order applies to numpy.gradient only: the smoothing method chosen below treats the ends its own way</source>
        <translation>El orden en los bordes solo se aplica a numpy.gradient: el método de suavizado elegido abajo trata los extremos a su manera</translation>
    </message>
</context>
<context>
    <name>tangent::ui::SheetChooser</name>
    <message>
        <source>Choose a sheet</source>
        <translation>Elegir una hoja</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s). Which one should be opened?</source>
        <translation>
            <numerusform>%1 tiene %n hoja. ¿Cuál se debe abrir?</numerusform>
            <numerusform>%1 tiene %n hojas. ¿Cuál se debe abrir?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (vacía)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n fila)</numerusform>
            <numerusform>%1 (%n filas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartPage</name>
    <message>
        <source>&amp;Open a File…</source>
        <translation>A&amp;brir un archivo…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;The derivative of tabular data, computed exactly as numpy.gradient computes it.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tangent&lt;/h1&gt;&lt;p&gt;La derivada de datos tabulares, calculada exactamente como la calcula numpy.gradient.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Open the bundled sample %1</source>
        <translation>Abrir el ejemplo incluido %1</translation>
    </message>
    <message>
        <source>Or drop CSV, .npy or .tangent files anywhere here: each opens in a tab.</source>
        <translation>O suelte archivos CSV, .npy o .tangent en cualquier lugar de aquí: cada uno se abre en una pestaña.</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>No recent files yet: open one, or start with a sample.</source>
        <translation>Aún no hay archivos recientes: abra uno o empiece con un ejemplo.</translation>
    </message>
</context>
<context>
    <name>tangent::ui::StartupOptions</name>
    <message>
        <source>Render the window to the PNG FILE once shown, then quit.</source>
        <translation>Dibujar la ventana en el archivo PNG FILE una vez mostrada y salir.</translation>
    </message>
    <message>
        <source>Show the tangent at row N (0-based) once loaded.</source>
        <translation>Mostrar la tangente en la fila N (contando desde 0) una vez cargado.</translation>
    </message>
    <message>
        <source>Select row N (0-based) in the table once loaded (the Explain panel explains it).</source>
        <translation>Seleccionar la fila N (contando desde 0) de la tabla una vez cargado (el panel Explicación la explica).</translation>
    </message>
    <message>
        <source>Generate data from EXPR (Function Lab) with the exact derivative and error shown, instead of opening a sample.</source>
        <translation>Generar datos a partir de EXPR (laboratorio de funciones) mostrando la derivada exacta y el error, en lugar de abrir un ejemplo.</translation>
    </message>
    <message>
        <source>Function Lab: number of points.</source>
        <translation>Laboratorio de funciones: número de puntos.</translation>
    </message>
    <message>
        <source>Function Lab: noise standard deviation.</source>
        <translation>Laboratorio de funciones: desviación típica del ruido.</translation>
    </message>
    <message>
        <source>Function Lab: random seed.</source>
        <translation>Laboratorio de funciones: semilla aleatoria.</translation>
    </message>
    <message>
        <source>Function Lab: jitter x by up to J of a step (&lt; 1).</source>
        <translation>Laboratorio de funciones: perturbar x hasta J de un paso (&lt; 1).</translation>
    </message>
    <message>
        <source>Open DIALOG: convergence, compare-edges, compare-methods or whole-computation.</source>
        <translation>Abrir el diálogo DIALOG: convergence, compare-edges, compare-methods o whole-computation.</translation>
    </message>
    <message>
        <source>--show: unknown dialog &apos;%1&apos;</source>
        <translation>--show: diálogo desconocido «%1»</translation>
    </message>
    <message>
        <source>Chart layout: overlay, stacked or multiples (this window only; View &gt; Layout remembers a choice).</source>
        <translation>Disposición del gráfico: overlay, stacked o multiples (solo esta ventana; Ver &gt; Disposición recuerda una elección).</translation>
    </message>
    <message>
        <source>--layout: unknown layout &apos;%1&apos; (use overlay, stacked or multiples)</source>
        <translation>--layout: disposición desconocida &apos;%1&apos; (usar overlay, stacked o multiples)</translation>
    </message>
    <message>
        <source>A table (*.csv *.tsv *.txt *.dat), a workbook (*.xlsx *.ods), an array (*.npy) or a session (*.tangent) to open; several files open in tabs</source>
        <translation>Una tabla (*.csv *.tsv *.txt *.dat), un libro (*.xlsx *.ods), un array (*.npy) o una sesión (*.tangent) que abrir; varios archivos se abren en pestañas</translation>
    </message>
    <message>
        <source>Open the bundled sample NAME (without a file or a sample, the start page shows).</source>
        <translation>Abrir el ejemplo incluido NAME (sin archivo ni ejemplo, se muestra la página de inicio).</translation>
    </message>
    <message>
        <source>Window size WxH, e.g. 1280x780; with --export-figure the figure&apos;s size, in pixels or with cm, mm or in.</source>
        <translation>Tamaño de la ventana WxH, p. ej. 1280x780; con --export-figure, el tamaño de la figura, en píxeles o con cm, mm o in.</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx or .ods file to open, by name or 1-based position.</source>
        <translation>La hoja de un archivo .xlsx u .ods que abrir, por nombre o por posición (contando desde 1).</translation>
    </message>
    <message>
        <source>--sheet applies to one .xlsx or .ods file to open</source>
        <translation>--sheet se aplica a un solo archivo .xlsx u .ods que abrir</translation>
    </message>
    <message>
        <source>Shade each derivative&apos;s 95% uncertainty band (this window only; View &gt; Uncertainty Band remembers a choice).</source>
        <translation>Sombrear la banda de incertidumbre del 95 % de cada derivada (solo esta ventana; Ver &gt; Banda de incertidumbre recuerda una elección).</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TabController</name>
    <message>
        <source>Open several files</source>
        <translation>Abrir varios archivos</translation>
    </message>
    <message>
        <source>Still reading a file; wait for it or cancel it first</source>
        <translation>Todavía se está leyendo un archivo; espere a que termine o cancélelo primero</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tangent::ui::TableModel</name>
    <message>
        <source>NaN: a gap or a repeated x next to this row</source>
        <translation>NaN: un hueco o una x repetida junto a esta fila</translation>
    </message>
    <message>
        <source>gap (NaN)</source>
        <translation>hueco (NaN)</translation>
    </message>
    <message>
        <source>(row %1, column &apos;%2&apos;)</source>
        <translation>(fila %1, columna «%2»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date %2; write it as 2024-01-31 or 2024-01-31T12:00:00</source>
        <translation>«%1» no es una fecha %2; escríbala como 2024-01-31 o 2024-01-31T12:00:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number %2</source>
        <translation>«%1» no es un número %2</translation>
    </message>
    <message>
        <source>Computed as %1</source>
        <translation>Calculado como %1</translation>
    </message>
    <message>
        <source>%1
This column holds text that is neither numbers nor dates: it is not differentiated, but it can group the rows (Group by).</source>
        <translation>%1
Esta columna contiene texto que no son números ni fechas: no se deriva, pero puede agrupar las filas (Agrupar por).</translation>
    </message>
</context>
</TS>
