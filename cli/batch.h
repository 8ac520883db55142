// The batch: every input cleaned on worker threads, outputs written in input
// order, failures named on standard error without stopping the rest.
#pragma once

#include "config.h"

namespace pith_cli {

// Exit status: 0 when every input was cleaned (empty inputs included), 1
// when any failed or an output could not be written, 2 (nothing done) when
// --out-dir would overlap the inputs (output_guard::start).
int run_batch(const config& cfg);

}  // namespace pith_cli
