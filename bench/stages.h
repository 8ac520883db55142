// pith_bench --stages: where one HTML page's time goes, stage by stage.
//
// The stages are run by calling the pipeline's internal entry points
// (lib/src/pipeline.h and the stage headers) in the order pith::clean does,
// each timed on this thread's CPU clock. Stages that the library runs inside
// one call are separated by running the call and its first part apart and
// taking the difference (marked "(difference)"): that costs the benchmark
// extra work, never the library, whose public behaviour is untouched.
#pragma once

#include <string>
#include <vector>

namespace pith_bench {

// Runs `rounds` passes over `pages` (decoded bytes, HTML mode) and prints
// the median CPU seconds of each stage, its share of pith::clean's time,
// and the Gumbo baseline (`gumbo_cpu_seconds`, 0 when not measured) beside.
void print_stages(const std::vector<std::string>& pages, int rounds, double gumbo_cpu_seconds);

}  // namespace pith_bench
