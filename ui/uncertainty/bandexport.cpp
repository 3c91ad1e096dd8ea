// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uncertainty/bandexport.h"

#include "core/uncertainty/bandprovenance.h"
#include "ui/document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace tangent::ui {
namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(FileController)
};

} // namespace

QString bandExportProblem(const Document& document)
{
    if (!document.uncertaintyBand())
        return {};
    if (document.effectiveGroupColumn() >= 0)
        return ExportText::tr("The window does not export the uncertainty band of grouped rows yet; "
                              "tangent-cli FILE --group COLUMN --uncertainty writes it. Turn View → Uncertainty Band "
                              "off to export the derivative alone.");
    for (const DerivativeResult& r : document.results()) {
        if (!r.bandError.isEmpty())
            return ExportText::tr("There is no uncertainty band for '%1': %2 Turn View → Uncertainty Band off to "
                                  "export the derivative alone.")
                .arg(document.columnTitle(r.yColumn), r.bandError);
    }
    return {};
}

std::string insertBandColumns(
    const Document& document, std::vector<CsvOutColumn>& columns, const std::vector<std::string>& derivativeNames)
{
    if (!document.uncertaintyBand())
        return {};
    std::vector<BandProvenance> provenance;
    const auto& results = document.results();
    for (std::size_t k = 0; k < results.size() && k < derivativeNames.size(); ++k) {
        const DerivativeResult& r = results[k];
        const std::string& name = derivativeNames[k];
        const auto at
            = std::find_if(columns.begin(), columns.end(), [&name](const CsvOutColumn& c) { return c.name == name; });
        if (at == columns.end() || r.sd.size() != r.values.size())
            continue; // bandExportProblem refused these before
        columns.insert(at + 1, CsvOutColumn { "sd[" + name + "]", r.sd, {} });
        provenance.push_back({ document.columnTitle(r.yColumn).toStdString(), {},
            r.used ? r.used->method : SmoothingMethod::Numpy, r.bandSigma });
    }
    return uncertaintyProvenance(provenance, std::nullopt);
}

} // namespace tangent::ui
