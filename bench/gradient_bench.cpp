// SPDX-License-Identifier: GPL-3.0-or-later
// tangent_bench: 1-D float64 gradient throughput, plus a plain copy of the same data as the floor.
// bench/compare_numpy.py runs this and numpy.gradient on the same cases and prints the ratios.
#include "core/gradient/gradient.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

struct Data {
    std::vector<double> x;
    std::vector<double> y;
};

// The same data as compare_numpy.py: y = sin(x); x uniform 0.001 steps or with random gaps.
Data makeData(std::size_t n, bool uniform)
{
    Data d { std::vector<double>(n), std::vector<double>(n) };
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> step(0.5e-3, 1.5e-3);
    double x = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        d.x[i] = uniform ? static_cast<double>(i) * 1e-3 : x;
        x += step(rng);
        d.y[i] = std::sin(d.x[i]);
    }
    return d;
}

void uniformCase(benchmark::State& state, int edgeOrder)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const Data d = makeData(n, true);
    std::vector<double> out(n);
    const tangent::AxisSpacing spacing { true, 1e-3, {} };
    for (auto _ : state) {
        tangent::gradientRange(d.y, spacing, edgeOrder, 0, n, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * n * sizeof(double)));
}

void nonUniformCase(benchmark::State& state, int edgeOrder)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const Data d = makeData(n, false);
    const tangent::Spacing coords = tangent::Spacing::coordinates(d.x);
    std::vector<double> out(n);
    for (auto _ : state) {
        // Includes numpy's uniform test on x, as numpy.gradient(y, x) pays it too.
        const tangent::AxisSpacing spacing = tangent::resolveSpacing(coords, n);
        tangent::gradientRange(d.y, spacing, edgeOrder, 0, n, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * n * sizeof(double)));
}

// The floor: copying y (uniform) or x and y (non-uniform) into fresh output.
void copyCase(benchmark::State& state, int arrays)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const Data d = makeData(n, true);
    std::vector<double> out(n);
    std::vector<double> out2(n);
    for (auto _ : state) {
        std::copy(d.y.begin(), d.y.end(), out.begin());
        if (arrays == 2)
            std::copy(d.x.begin(), d.x.end(), out2.begin());
        benchmark::DoNotOptimize(out.data());
        benchmark::DoNotOptimize(out2.data());
        benchmark::ClobberMemory();
    }
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();
}

void registerAll()
{
    for (int edge : { 1, 2 }) {
        const std::string e = std::to_string(edge);
        sizes(benchmark::RegisterBenchmark(("gradient_uniform_edge" + e).c_str(), uniformCase, edge));
        sizes(benchmark::RegisterBenchmark(("gradient_nonuniform_edge" + e).c_str(), nonUniformCase, edge));
    }
    sizes(benchmark::RegisterBenchmark("copy_y", copyCase, 1));
    sizes(benchmark::RegisterBenchmark("copy_xy", copyCase, 2));
}

} // namespace

int main(int argc, char** argv)
{
    registerAll();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
