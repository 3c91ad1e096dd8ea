// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/rowwindow.h"

#include "core/uncertainty/uncertainty.h"

#include <algorithm>

namespace tangent {
namespace {

template <typename T> void appendAll(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

template <typename T> void dropFront(std::vector<T>& values, std::size_t count)
{
    values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(std::min(count, values.size())));
}

} // namespace

void RowWindow::append(const RowBlock& block)
{
    const std::size_t textBase = m_rows.xText.size();
    appendAll(m_rows.x, block.x);
    m_rows.xText += block.xText;
    for (std::size_t end : block.xTextEnd)
        m_rows.xTextEnd.push_back(textBase + end);
    for (std::size_t j = 0; j < m_rows.ys.size(); ++j)
        appendAll(m_rows.ys[j], block.ys[j]);
    m_rows.rows += block.rows;
}

std::pair<std::size_t, std::size_t> RowWindow::compute(const StreamSpacing& spacing, bool final)
{
    const std::size_t n = m_rows.rows;
    m_derivatives.resize(m_rows.ys.size());
    if (final && m_start == 0) {
        // The whole file is here: exactly the in-memory computation, numpy's checks included.
        const Spacing whole = spacing.hasX ? Spacing::coordinates(m_rows.x) : Spacing::uniform(spacing.h);
        for (m_column = 0; m_column < m_rows.ys.size(); ++m_column)
            m_derivatives[m_column] = derivative(m_rows.ys[m_column], whole, m_edgeOrder, m_order);
        computeBands(resolveSpacing(whole, n));
        return { 0, n };
    }
    // Away from the file's ends every value depends only on its neighbours, so the window's own
    // edge rows (wrong: computed as if they were the file's ends) are simply not emitted. Each
    // application of the gradient spoils one more row at a window edge, hence `order` rows at
    // the right, and context() at the left (see there).
    const AxisSpacing axis = spacing.uniform ? AxisSpacing { true, spacing.h, {} }
                                             : AxisSpacing { false, 0.0, std::span<const double>(m_rows.x) };
    m_scratch.resize(n);
    for (std::size_t j = 0; j < m_rows.ys.size(); ++j) {
        std::vector<double>& result = m_derivatives[j];
        result.assign(m_rows.ys[j].begin(), m_rows.ys[j].end());
        for (int k = 0; k < m_order; ++k) {
            gradientRange(result, axis, m_edgeOrder, 0, n, m_scratch);
            std::swap(result, m_scratch);
        }
    }
    computeBands(axis);
    return { m_start == 0 ? 0 : context(), final ? n : n - order() };
}

void RowWindow::computeBands(const AxisSpacing& axis)
{
    // The sd of a row, like its derivative, depends only on its neighbours' x and on whether their
    // y is NaN, so the window's edge rows are discarded with the derivatives'.
    m_bands.resize(m_bandSigma.size());
    for (std::size_t j = 0; j < m_bandSigma.size(); ++j) {
        m_bands[j] = numpyUnitSdOn(m_rows.ys[j], axis, m_order, m_edgeOrder);
        for (double& v : m_bands[j])
            v *= m_bandSigma[j]; // as derivativeBand scales it
    }
}

void RowWindow::advance()
{
    const std::size_t keep = order() + context();
    if (m_rows.rows <= keep)
        return;
    const std::size_t drop = m_rows.rows - keep;
    dropFront(m_rows.x, drop);
    if (!m_rows.xTextEnd.empty()) {
        const std::size_t cut = m_rows.xTextEnd[drop - 1];
        m_rows.xText.erase(0, cut);
        dropFront(m_rows.xTextEnd, drop);
        for (std::size_t& end : m_rows.xTextEnd)
            end -= cut;
    }
    for (auto& y : m_rows.ys)
        dropFront(y, drop);
    m_rows.rows = keep;
    m_start += drop;
}

} // namespace tangent
