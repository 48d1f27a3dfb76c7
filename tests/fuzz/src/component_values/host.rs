//! The host side of a case: the store's data, the routes values take, and the
//! instantiation of a route's components with the host's `echo` and resource type.

use super::seen::check_taps;
use super::sig::Sig;
use super::text::{Options, chain, single};
use super::value::{Thing, handles, same};
use crate::{Failure, Passed, Rng};
use std::collections::BTreeMap;
use wicker::component::{
    Component, ComponentNamedList, Func, Lift, Linker, LinkerInstance, Lower, TypedFunc, Val,
};
use wicker::{Config, Engine, Store};

/// What the host saw during a case.
#[derive(Default)]
pub struct Host {
    /// The arguments of each call of `echo`, in order.
    pub received: Vec<Vec<Val>>,
    /// How many times the destructor ran, by representation.
    pub destroyed: BTreeMap<u32, u32>,
    /// The taps of the current call: the site, and a copy of the forwarder's memory.
    pub taps: Vec<(u32, Vec<u8>)>,
}

/// The way values go from the host and back.
#[derive(Debug, Clone)]
pub enum Route {
    /// Host -> forwarder -> host `echo`, and back.
    Direct(Options),
    /// Host -> forwarder `b` -> forwarder `a` -> host `echo`, and back, with both
    /// forwarders instantiated inside one component.
    Nested(Options, Options),
    /// The same, with `a` and `b` components of their own, linked by the host.
    Linked(Options, Options),
}

impl Route {
    /// A random route for `sig`.
    pub fn random(rng: &mut Rng, sig: &Sig) -> Route {
        let a = Options::random(rng, sig, 0);
        match rng.below(4) {
            0 | 1 => Route::Direct(a),
            2 => Route::Nested(a, Options::random(rng, sig, 1)),
            _ => Route::Linked(a, Options::random(rng, sig, 1)),
        }
    }

    /// The forwarders a call passes, outermost first.
    pub fn forwarders(&self) -> Vec<&Options> {
        match self {
            Route::Direct(a) => vec![a],
            Route::Nested(a, b) | Route::Linked(a, b) => vec![b, a],
        }
    }

    /// The texts of the route's components.
    pub fn texts(&self, sig: &Sig) -> Vec<String> {
        match self {
            Route::Direct(a) => vec![single(sig, a)],
            Route::Nested(a, b) => vec![chain(sig, a, b)],
            Route::Linked(a, b) => vec![single(sig, a), single(sig, b)],
        }
    }
}

/// A case in progress: its components' text (the input a failure reports; for a linked
/// route, the two components one after the other) and its store and export.
pub struct Run {
    /// The components' text.
    pub text: String,
    /// A description of the case.
    pub about: String,
    /// The store.
    pub store: Store<Host>,
    /// The export `run` at the end of the route.
    pub run: Func,
    sig: Sig,
    route: Route,
}

impl Run {
    /// Compiles and instantiates the route's components, the host's `echo` defined by
    /// `echo`, in an engine whose instances hold at most `max_handles` handles.
    pub fn new(
        sig: &Sig,
        route: &Route,
        max_handles: usize,
        about: String,
        echo: &dyn Fn(&mut LinkerInstance<'_, Host>) -> wicker::Result<()>,
    ) -> Result<Run, Failure> {
        let texts = route.texts(sig);
        let text =
            texts.join(";; The second component, whose `host.echo` is the first one's `run`.\n");
        let about = format!("{about}\nsignature: {sig:?}\nroute: {route:?}");
        let fail = |what: &str, e: anyhow::Error| Failure {
            message: format!("{what}: {e:#}\n{about}"),
            input: text.clone().into_bytes(),
        };
        let mut config = Config::new();
        config.max_component_handles(max_handles);
        let engine = Engine::new(&config).map_err(|e| fail("engine", e))?;
        let components = texts
            .iter()
            .map(|t| Component::new(&engine, t))
            .collect::<wicker::Result<Vec<_>>>()
            .map_err(|e| fail("a generated component does not compile", e))?;
        let mut store = Store::new(&engine, Host::default());
        let mut linker = Linker::new(&engine);
        let mut host = linker.instance("host").map_err(|e| fail("linker", e))?;
        resource_and_tap(&mut host).map_err(|e| fail("linker", e))?;
        echo(&mut host).map_err(|e| fail("linker", e))?;
        let first = linker
            .instantiate(&mut store, &components[0])
            .map_err(|e| fail("instantiation", e))?;
        let mut run = first.get_func(&mut store, "run");
        if let Some(second) = components.get(1)
            && let Some(run_a) = run.take()
        {
            let mut linker = Linker::new(&engine);
            let mut host = linker.instance("host").map_err(|e| fail("linker", e))?;
            resource_and_tap(&mut host).map_err(|e| fail("linker", e))?;
            host.func("echo", run_a).map_err(|e| fail("linker", e))?;
            let instance = linker
                .instantiate(&mut store, second)
                .map_err(|e| fail("instantiation of the second component", e))?;
            run = instance.get_func(&mut store, "run");
        }
        let run = run.ok_or_else(|| fail("no export `run`", anyhow::anyhow!("missing")))?;
        // The dynamic API describes the export's type as it was written.
        if run.params() != sig.params || run.result() != sig.result() {
            let found = format!("{:?} -> {:?}", run.params(), run.result());
            return Err(fail("`run` has another type", anyhow::anyhow!("{found}")));
        }
        Ok(Run {
            text,
            about,
            store,
            run,
            sig: sig.clone(),
            route: route.clone(),
        })
    }

    /// The typed view of `run` with parameters `P` and results `R`, if `wanted`.
    pub fn typed<P, R>(&self, wanted: bool) -> Result<Option<TypedFunc<P, R>>, Failure>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        if !wanted {
            return Ok(None);
        }
        let f = self.run.typed::<P, R>();
        let f = f.map_err(|e| self.fail(format!("no typed view of `run`: {e:#}")))?;
        Ok(Some(f))
    }

    /// A failure of this case.
    pub fn fail(&self, message: String) -> Failure {
        let mut message = format!("{message}\n{}", self.about);
        if message.len() > 8000 {
            let mut end = 8000;
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            message.truncate(end);
            message += "...";
        }
        Failure {
            message,
            input: self.text.clone().into_bytes(),
        }
    }

    /// Checks call `call`, which sent `args`: `echo` was called once more, with `args`; the
    /// forwarders received them, and their imports returned them, as the canonical ABI lays
    /// them out; and the call returned `got`, the result the signature makes of them.
    pub fn check(&mut self, args: &[Val], got: Option<&Val>, call: usize) -> Result<(), Failure> {
        let taps = std::mem::take(&mut self.store.data_mut().taps);
        let received = &self.store.data().received;
        if received.len() != call + 1 {
            return Err(self.fail(format!(
                "call {call}: `echo` ran {} times in all",
                received.len()
            )));
        }
        let echoed = &received[call];
        if echoed.len() != args.len() || !echoed.iter().zip(args).all(|(a, b)| same(a, b)) {
            return Err(self.fail(format!(
                "call {call}: `echo` received other arguments\nsent: {args:?}\nreceived: {echoed:?}"
            )));
        }
        check_taps(&self.sig, &self.route, &taps, args)
            .map_err(|e| self.fail(format!("call {call}: {e}\nsent: {args:?}")))?;
        let want = self.sig.result_value(args);
        let equal = match (&want, got) {
            (None, None) => true,
            (Some(w), Some(g)) => same(w, g),
            _ => false,
        };
        if !equal {
            return Err(self.fail(format!(
                "call {call}: `run` returned another value\nsent: {args:?}\nexpected: {want:?}\nreturned: {got:?}"
            )));
        }
        Ok(())
    }

    /// Makes each call of `calls` with `call` (given the store, `run` and the arguments, it
    /// returns the result) and checks it, then drops what came back and checks the
    /// destructors (`typed` as for [`Run::drop_all`]).
    pub fn calls(
        mut self,
        calls: &[Vec<Val>],
        typed: bool,
        mut call: impl FnMut(&mut Store<Host>, &Func, &[Val]) -> wicker::Result<Option<Val>>,
    ) -> Result<Passed, Failure> {
        let mut returned = Vec::new();
        for (i, args) in calls.iter().enumerate() {
            let got = call(&mut self.store, &self.run, args)
                .map_err(|e| self.fail(format!("call {i} failed: {e:#}\nsent: {args:?}")))?;
            self.check(args, got.as_ref(), i)?;
            returned.extend(got);
        }
        self.drop_all(&calls.concat(), &returned, typed)?;
        Ok(Passed::Checked)
    }

    /// Drops the owned handles the calls returned, `returned`, and checks that each of the
    /// resources sent, `sent`, was destroyed once, then and not before. Handles returned
    /// as `Resource<Thing>` (`typed`) are the host's own: dropping them is the host's
    /// business, and no destructor may run.
    pub fn drop_all(&mut self, sent: &[Val], returned: &[Val], typed: bool) -> Result<(), Failure> {
        if !self.store.data().destroyed.is_empty() {
            return Err(self.fail(format!(
                "resources were destroyed before the host dropped them: {:?}",
                self.store.data().destroyed
            )));
        }
        let mut expected = BTreeMap::new();
        if !typed {
            let mut owned = Vec::new();
            for v in returned {
                handles(v, &mut owned);
            }
            for r in owned {
                r.resource_drop(&mut self.store)
                    .map_err(|e| self.fail(format!("dropping a returned resource: {e:#}")))?;
            }
            let mut all = Vec::new();
            for v in sent {
                handles(v, &mut all);
            }
            for r in all.iter().filter(|r| r.owned()) {
                let rep = r.try_into_resource::<Thing>().expect("a host handle").rep();
                expected.insert(rep, 1);
            }
        }
        if self.store.data().destroyed != expected {
            return Err(self.fail(format!(
                "destructor calls by representation: expected {expected:?}, found {:?}",
                self.store.data().destroyed
            )));
        }
        Ok(())
    }
}

/// Defines the host resource type `r`, whose destructor counts its calls, and `tap`,
/// which keeps what it is given.
fn resource_and_tap(host: &mut LinkerInstance<'_, Host>) -> wicker::Result<()> {
    host.resource::<Thing>("r", |mut store, rep| {
        *store.data_mut().destroyed.entry(rep).or_default() += 1;
        Ok(())
    })?;
    host.func_wrap("tap", |mut store, (site, memory): (u32, Vec<u8>)| {
        store.data_mut().taps.push((site, memory));
        Ok(())
    })
}

/// Calls `run` with `args` through the dynamic API.
pub fn dynamic_call(
    store: &mut Store<Host>,
    run: &Func,
    args: &[Val],
) -> wicker::Result<Option<Val>> {
    let mut out = vec![Val::Bool(false); run.result_count().unwrap_or(0)];
    run.call(store, args, &mut out)?;
    Ok(out.pop())
}

/// How many handles one call's arguments hold.
pub fn handle_count(args: &[Val]) -> usize {
    let mut all = Vec::new();
    for v in args {
        handles(v, &mut all);
    }
    all.len()
}

/// The most handles any of the calls' arguments hold (at least one): as many as an
/// instance's table needs.
pub fn max_handles(calls: &[Vec<Val>]) -> usize {
    calls
        .iter()
        .map(|c| handle_count(c))
        .max()
        .unwrap_or(0)
        .max(1)
}

/// Defines `echo` of `sig` as a host function over dynamic values that records its
/// arguments and returns them.
pub fn dynamic_echo(host: &mut LinkerInstance<'_, Host>, sig: Sig) -> wicker::Result<()> {
    host.func_new("echo", move |mut store, params, results| {
        store.data_mut().received.push(params.to_vec());
        if let (Some(slot), Some(v)) = (results.first_mut(), sig.result_value(params)) {
            *slot = v;
        }
        Ok(())
    })
}

/// Defines `echo` of one parameter as a typed host function over `Val`s.
pub fn val_echo(host: &mut LinkerInstance<'_, Host>) -> wicker::Result<()> {
    host.func_wrap("echo", |mut store, (v,): (Val,)| {
        store.data_mut().received.push(vec![v.clone()]);
        Ok((v,))
    })
}
