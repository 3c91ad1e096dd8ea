// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows the streaming path must hold back until it knows whether x is uniform (numpy's test looks
// at every difference before a single value is computed): in memory up to a limit, then in an
// unnamed temporary file, so that memory stays bounded even for a uniform x to the last row.

#include "app/cli/stream/blockparser.h"

#include <cstddef>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

namespace tangent {

/// Blocks held in arrival order, replayed once in the same order.
class PendingRows {
public:
    explicit PendingRows(std::size_t memoryLimit) : m_limit(memoryLimit) { }
    ~PendingRows();
    PendingRows(const PendingRows&) = delete;
    PendingRows& operator=(const PendingRows&) = delete;

    /// Holds `block`; moves the oldest blocks to the temporary file while over the limit.
    void hold(std::unique_ptr<RowBlock> block);

    /// Calls `use` on every held block in arrival order, then forgets them.
    void replay(const std::function<void(const RowBlock&)>& use);

    /// Calls `use` on every held block in arrival order and keeps them, for another pass.
    void visit(const std::function<void(const RowBlock&)>& use);

private:
    void spill(const RowBlock& block);
    void unspill(RowBlock& block);

    std::size_t m_limit;
    std::size_t m_bytes = 0;
    std::deque<std::unique_ptr<RowBlock>> m_held;
    std::FILE* m_file = nullptr;
    std::size_t m_spilled = 0;
};

} // namespace tangent
