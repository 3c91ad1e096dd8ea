// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export Derivative CSV with the uncertainty band on: after each derivative column NAME a column
// sd[NAME], and the provenance line "uncertainty: ..." (core/uncertainty/bandprovenance.h), as
// tangent-cli --uncertainty writes them.

#include "core/io/csv.h"

#include <QString>

#include <string>
#include <vector>

namespace tangent::ui {

class Document;

/// Why the band the window shows cannot be exported as tangent-cli --uncertainty writes it (a
/// method without a band, grouped rows), or empty. The export refuses then rather than leave the
/// band out silently.
QString bandExportProblem(const Document& document);

/// With the band on: inserts sd[NAME] after each derivative column, `derivativeNames[k]` being the
/// name the export gives the derivative of the document's k-th result, and returns the provenance
/// line (without "# "). Nothing (an empty line) while the band is off. The sd columns view the
/// document's results: export before the document changes.
std::string insertBandColumns(
    const Document& document, std::vector<CsvOutColumn>& columns, const std::vector<std::string>& derivativeNames);

} // namespace tangent::ui
