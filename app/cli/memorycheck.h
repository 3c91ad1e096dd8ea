// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Before tangent-cli computes a table in memory: an estimate of the memory it will take, checked
// against what the system has available, so that an input too large for it is refused with a
// message instead of the process being killed when memory runs out.

#include "core/recipe/recipe.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tangent {

/// Tests: checkMemoryFits takes `bytes` as the memory available instead of asking the system
/// (core/io/fileio.h availableMemory: MemAvailable, or a cgroup's limit); nullopt: ask again.
void setAvailableMemoryForTesting(std::optional<std::size_t> bytes);

/// The peak memory the in-memory path is estimated to take on CSV `text` with `recipe`: the text,
/// and the numbers (rows × fields × 8 bytes, rows and fields estimated from the first lines)
/// times what the method measured at 10⁶ rows (README, Performance).
std::size_t estimatedMemory(std::string_view text, const Recipe& recipe);

/// Throws InputError naming `source` (checkFitsInMemory's message: what needs the memory, the
/// estimate and what is free) when the estimate exceeds the memory available.
void checkMemoryFits(std::string_view text, const Recipe& recipe, const std::string& source);

} // namespace tangent
