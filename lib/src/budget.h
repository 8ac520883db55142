// The caller's time budget (options::max_millis), checked by the pipeline
// at stage boundaries and, inside the stages that loop over blocks or
// nodes, every `check_every` steps. Steady clock only: a wall-clock jump
// neither ends nor extends a budget. One object per clean() call, no
// threads, no signals: a stage that is running is never interrupted, so the
// budget can be overrun by at most one uninterruptible step (the Gumbo
// parse is the longest of them; it is linear in the page).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith::detail {

class time_budget {
public:
    using clock = std::chrono::steady_clock;
    // Steps between two clock reads inside a loop: a read costs some tens of
    // nanoseconds, a step (a line, a node, a block) far more than that.
    static constexpr std::size_t check_every = 256;

    time_budget() = default;  // no budget
    explicit time_budget(std::uint64_t max_millis) : millis_(max_millis) {
        if (millis_ > 0) end_ = clock::now() + std::chrono::milliseconds(millis_);
    }

    // True once the budget is spent; `stage` names where that was seen
    // (the first such call wins, so the name says where pith stopped).
    bool expired(std::string_view stage) {
        if (millis_ == 0) return false;
        if (!stage_.empty()) return true;
        if (clock::now() < end_) return false;
        stage_ = stage;
        return true;
    }
    // The same, reading the clock only on every check_every-th step.
    bool expired_at(std::size_t step, std::string_view stage) {
        if (millis_ == 0) return false;
        if (!stage_.empty()) return true;
        return step % check_every == 0 && expired(stage);
    }

    bool spent() const { return !stage_.empty(); }
    const std::string& stage() const { return stage_; }
    std::uint64_t millis() const { return millis_; }

private:
    std::uint64_t millis_ = 0;
    clock::time_point end_{};
    std::string stage_;
};

}  // namespace pith::detail
