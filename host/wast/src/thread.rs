//! `thread` and `wait`: a script's threads. Each `thread` runs its directives on an OS
//! thread of its own, in a fresh store and linker on the same engine, while the script
//! goes on; `wait` joins it and adds its outcome to the script's.
//!
//! A thread sees only the module instance its `shared` clause names. Instances belong to
//! one store, so what can be shared across threads is what the threads proposal makes
//! shareable (shared memories), which wicker does not support yet: naming a shared module
//! fails the `thread` directive with that reason.

use std::collections::HashMap;
use std::thread::{Scope, ScopedJoinHandle};

use anyhow::{Result, anyhow, bail};
use wast::WastThread;

use crate::{Outcome, WastContext};

/// The threads a script started and has not waited for yet, by name.
#[derive(Default)]
pub(crate) struct Threads<'scope> {
    running: HashMap<String, ScopedJoinHandle<'scope, Outcome>>,
}

impl<'scope> Threads<'scope> {
    /// `(wait $name)`: joins the thread; its failed directives are this one's failure.
    pub(crate) fn wait(&mut self, name: &str, outcome: &mut Outcome) -> Result<()> {
        let handle = self
            .running
            .remove(name)
            .ok_or_else(|| anyhow!("no running thread named `${name}`"))?;
        let thread = handle.join().map_err(crate::context::panicked)?;
        let failed = thread.failed;
        outcome.merge(thread);
        if failed > 0 {
            bail!("thread `${name}` failed {failed} directives");
        }
        Ok(())
    }

    /// Joins the threads never waited for, counting their outcomes.
    pub(crate) fn wait_all(&mut self, outcome: &mut Outcome) {
        let mut names: Vec<String> = self.running.keys().cloned().collect();
        names.sort();
        for name in names {
            if let Err(err) = self.wait(&name, outcome) {
                outcome.record(&format!("thread `${name}`"), Err(err));
            }
        }
    }
}

impl WastContext {
    /// `(thread $name (shared (module $m))? directive*)`: starts the thread.
    pub(crate) fn spawn_thread<'scope, 'env, 'a: 'scope>(
        &self,
        scope: &'scope Scope<'scope, 'env>,
        threads: &mut Threads<'scope>,
        thread: WastThread<'a>,
        location: &'env (dyn Fn(usize) -> String + Sync),
    ) -> Result<()> {
        let name = thread.name.name().to_string();
        if threads.running.contains_key(&name) {
            bail!("thread `${name}` is already running");
        }
        if let Some(shared) = thread.shared_module {
            bail!(
                "thread `${name}` shares module `${}`: sharing an instance between threads \
                 needs shared memories (the threads proposal), which wicker does not support \
                 yet",
                shared.name()
            );
        }
        let engine = self.engine.clone();
        let loader = self.module_loader.clone();
        let component_loader = self.component_loader.clone();
        let directives = thread.directives;
        let handle = std::thread::Builder::new()
            .name(format!("wast thread ${name}"))
            .spawn_scoped(scope, move || match WastContext::with_engine(engine) {
                Ok(mut cx) => {
                    cx.module_loader = loader;
                    cx.component_loader = component_loader;
                    cx.run_directives(directives, location)
                }
                Err(err) => {
                    let mut outcome = Outcome::default();
                    outcome.record(&format!("thread `${name}`"), Err(err));
                    outcome
                }
            })?;
        threads
            .running
            .insert(thread.name.name().to_string(), handle);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::WastContext;

    fn run(script: &str) -> crate::Outcome {
        let mut cx = WastContext::new(&wicker::Config::new()).unwrap();
        cx.run_buffer("threads.wast", script)
    }

    #[test]
    fn threads_run_in_stores_of_their_own_and_are_waited_for() {
        let outcome = run(r#"
            (module $M (func (export "f") (result i32) (i32.const 1)))
            (thread $T1
              (module $N (func (export "g") (result i32) (i32.const 2)))
              (assert_return (invoke "g") (i32.const 2))
              (assert_return (invoke $N "g") (i32.const 2)))
            (thread $T2
              ;; `$M` belongs to the script's store, not this thread's.
              (assert_return (invoke $M "f") (i32.const 1)))
            (wait $T1)
            (wait $T2)
            (assert_return (invoke $M "f") (i32.const 1))
            (wait $T3)
        "#);
        // Passed: the module, two threads, T1's three directives, one wait and the last
        // assertion. Failed: T2's directive, the wait for T2 and the wait for no thread.
        assert_eq!((outcome.passed, outcome.failed), (8, 3), "{outcome:#?}");
        assert!(outcome.failures[0].contains("no instance named `$M`"));
        assert!(outcome.failures[1].contains("thread `$T2` failed 1 directives"));
        assert!(outcome.failures[2].contains("no running thread named `$T3`"));
    }

    #[test]
    fn sharing_a_module_needs_shared_memories() {
        let outcome = run(r#"
            (module $Mem (memory (export "mem") 1))
            (thread $T (shared (module $Mem))
              (register "mem" $Mem))
            (wait $T)
        "#);
        assert!(
            outcome.failures[0].contains("needs shared memories"),
            "{outcome:#?}"
        );
    }

    #[test]
    fn a_thread_never_waited_for_still_counts() {
        let outcome = run(r#"
            (module)
            (thread $T
              (module $X (func (export "f") unreachable))
              (invoke "f"))
        "#);
        assert_eq!(outcome.failed, 2, "{outcome:#?}");
        assert!(outcome.failures.iter().any(|f| f.contains("unreachable")));
    }
}
