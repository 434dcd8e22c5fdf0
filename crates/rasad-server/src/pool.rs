//! The analysis workers: one thread per CPU, each taking the next queued analysis itself.
//!
//! Analyses used to run through `spawn_blocking` behind a semaphore of one permit per CPU.
//! Every document then cost a chain of hand-offs: the blocking thread woke the waiting task,
//! a tokio worker dropped its permit, which woke the next task, which spawned the next
//! blocking job, which woke a blocking thread (≈ 3 % of the server's CPU per ingested article
//! went to wake-ups and task switches, and the core idled between them). Here a worker that
//! finishes one analysis takes the next from the queue without waking anyone; the async side
//! only waits on a one-shot reply. A document queued here is held as its closure (the bytes it
//! owns), not as a thread.

use crate::error::ApiError;
use std::sync::{Arc, Mutex, mpsc};

type Job = Box<dyn FnOnce() + Send>;

/// The queue in front of the workers.
#[derive(Debug)]
pub struct Pool {
    tx: mpsc::Sender<Job>,
}

impl Pool {
    /// `threads` workers (at least one); they end when the pool is dropped.
    #[must_use]
    pub fn new(threads: usize) -> Self {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads.max(1) {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new().name(format!("rasad-analysis-{i}")).spawn(move || {
                loop {
                    // The lock is held only to take one job, not while running it.
                    let job = match rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start an analysis worker");
            }
        }
        Self { tx }
    }

    /// Runs `f` on a worker and waits for its result. A panic in `f` fails this call only
    /// (INTERNAL), as a panicking `spawn_blocking` task did; the worker lives on.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let (reply, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            // A caller that gave up while queued (deadline, closed stream) is not analyzed
            // for nothing, as a task dropped while waiting for its permit was not.
            if reply.is_closed() {
                return;
            }
            if let Ok(r) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
                // The caller may have gone (its stream closed); nothing to tell it.
                let _ = reply.send(r);
            }
        });
        self.tx.send(job).map_err(|_| ApiError::Internal("analysis workers are gone".into()))?;
        result.await.map_err(|_| ApiError::Internal("worker failed: the analysis panicked".into()))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_fails_its_call_only_and_the_worker_lives_on() {
        let pool = Pool::new(1);
        let r: Result<(), ApiError> = pool.run(|| panic!("an analysis bug")).await;
        assert!(matches!(r, Err(ApiError::Internal(_))), "{r:?}");
        assert_eq!(pool.run(|| Ok(7)).await.unwrap(), 7, "the one worker still runs jobs");
    }
}
