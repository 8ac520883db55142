// The progress bar on standard error: done/total, pages/s, MB/s, ETA. It is
// drawn only when asked for (a terminal, several inputs, no --quiet), at most
// ten times a second, and messages printed through it appear above it.
// One thread (the one writing outputs in order) uses it.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pith_cli {

class progress {
public:
    // `total_items` 0 means unknown (a JSON Lines stream); then `total_bytes`,
    // when known, gives the ETA.
    progress(bool enabled, std::size_t total_items, std::uint64_t total_bytes);

    void item_done(std::uint64_t input_bytes, bool failed);
    // A line for standard error ('\n' added); clears and redraws the bar.
    void message(std::string_view line);
    // Draws the final state and moves below it.
    void finish();

    std::size_t done() const { return done_; }
    std::size_t failed() const { return failed_; }

private:
    void draw(bool force);
    void clear();

    bool enabled_;
    bool drawn_ = false;
    std::size_t total_items_;
    std::uint64_t total_bytes_;
    std::size_t done_ = 0;
    std::size_t failed_ = 0;
    std::uint64_t bytes_ = 0;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace pith_cli
