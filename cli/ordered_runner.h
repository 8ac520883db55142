// Runs tasks on worker threads and hands their results back in the order the
// tasks were made, on the calling thread. At most `window` tasks are in
// flight (made but not yet handed back), so memory stays bounded however
// long the input is: the producer waits while the oldest result is pending.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace pith_cli {

// `next` makes the next task, or nullopt when there are no more; tasks run
// on `threads` workers and must not throw; `deliver` gets each result, in
// order, on the calling thread. Exceptions from `next` or `deliver` stop the
// run (queued tasks are dropped, running ones finish) and propagate.
template <class Result>
void run_ordered(unsigned threads, std::size_t window,
                 const std::function<std::optional<std::function<Result()>>()>& next,
                 const std::function<void(Result&&)>& deliver) {
    if (threads == 0) threads = 1;
    if (window < threads) window = threads;

    struct state {
        std::mutex m;
        std::condition_variable work;  // workers: a task is queued, or closing
        std::condition_variable done;  // caller: a result arrived
        std::deque<std::pair<std::size_t, std::function<Result()>>> queue;
        std::map<std::size_t, Result> finished;
        bool closing = false;
    } st;

    auto worker = [&st] {
        std::unique_lock lk(st.m);
        for (;;) {
            st.work.wait(lk, [&] { return st.closing || !st.queue.empty(); });
            if (st.queue.empty()) return;
            auto [index, task] = std::move(st.queue.front());
            st.queue.pop_front();
            lk.unlock();
            Result r = task();
            lk.lock();
            st.finished.emplace(index, std::move(r));
            st.done.notify_one();
        }
    };

    std::vector<std::thread> pool;
    struct joiner {
        state& st;
        std::vector<std::thread>& pool;
        ~joiner() {
            {
                std::lock_guard lk(st.m);
                st.closing = true;
                st.queue.clear();
            }
            st.work.notify_all();
            for (auto& t : pool) t.join();
        }
    } join_all{st, pool};
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker);

    std::size_t made = 0, delivered = 0;
    // Hands back every result that is ready in order; with `wait_one`, first
    // waits for the oldest pending one.
    auto deliver_ready = [&](bool wait_one) {
        for (;;) {
            std::unique_lock lk(st.m);
            if (wait_one) st.done.wait(lk, [&] { return st.finished.count(delivered) > 0; });
            auto it = st.finished.find(delivered);
            if (it == st.finished.end()) return;
            Result r = std::move(it->second);
            st.finished.erase(it);
            lk.unlock();
            deliver(std::move(r));
            ++delivered;
            wait_one = false;
        }
    };

    while (std::optional<std::function<Result()>> task = next()) {
        while (made - delivered >= window) deliver_ready(true);
        {
            std::lock_guard lk(st.m);
            st.queue.emplace_back(made, std::move(*task));
        }
        ++made;
        st.work.notify_one();
        deliver_ready(false);
    }
    while (delivered < made) deliver_ready(true);
}

}  // namespace pith_cli
