// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The engine's rule for a cell that is no number (planDerivative, core/engine/engine.h), applied
// to a streamed file whose cells arrive a block at a time, so that a bad cell far down a long file
// gives what the same file gives in memory: the same warning, the same error, the same table.

#include "app/cli/stream/blockparser.h"
#include "core/errors.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace tangent {

/// Gathers the bad cells of the streamed columns and decides, once the file is read, what
/// planDerivative would have: x with a bad cell is an error; so is a y named by --y. A default y
/// column with a bad cell after a number is left out with a warning (an error with --strict); one
/// that held no number before it is a label column, left out silently as readCsv would read it.
class BadCellRule {
public:
    /// `defaultY`: the y columns were not named (--y). `leftOut`: the warnings of columns left
    /// out already in the first block (the sample's plan), kept in column order with the others.
    BadCellRule(const StreamLayout& layout, bool defaultY, bool strict, std::vector<InputError> leftOut);

    /// Notes the bad cells of `block`, the next block of the file.
    void note(const RowBlock& block);

    /// True once the file is known to be refused: nothing more should be written.
    [[nodiscard]] bool failing() const;

    /// True when a column may still be left out at the end, so no row may be written before it.
    [[nodiscard]] bool holdsRows() const { return m_defaultY; }

    /// What the whole file decides: the positions in layout.ys of the columns left out. Throws the
    /// InputError planDerivative would throw (x first, then the y columns in their order, and no
    /// numeric column left).
    [[nodiscard]] std::vector<std::size_t> finish() const;

    /// The warnings of the columns left out, in column order (after finish()).
    [[nodiscard]] std::vector<InputError> warnings() const;

private:
    struct Seen {
        std::optional<BadCell> bad; ///< the first bad cell of the column
        bool afterNumber = false; ///< a number came before it (else: a label column)
        bool sawNumber = false; ///< a number has been read so far
    };
    [[nodiscard]] InputError notNumeric(const BadCell& cell, const char* role) const;
    [[nodiscard]] static bool leftOutWithWarning(const Seen& seen) { return seen.bad && seen.afterNumber; }

    const StreamLayout& m_layout;
    bool m_defaultY;
    bool m_strict;
    std::vector<InputError> m_leftOut;
    std::optional<BadCell> m_xBad;
    std::vector<Seen> m_ys; ///< per position in layout.ys
};

} // namespace tangent
