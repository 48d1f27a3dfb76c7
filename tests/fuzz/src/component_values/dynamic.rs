//! Random types and values through the dynamic API: `echo` is a `func_new` host
//! function, `run` is called with `Func::call`; with one parameter and a result, they may
//! also be typed functions over `Val`.

use super::host::{Route, Run, dynamic_call, dynamic_echo, handle_count, max_handles, val_echo};
use super::sig::Sig;
use super::ty::{self, Ty};
use super::value::{Gen, fresh};
use crate::{Failure, Passed, Rng};
use wicker::component::Val;

/// One case: a random signature, route and arguments.
pub fn case(rng: &mut Rng) -> Result<Passed, Failure> {
    let resources = rng.below(3) == 0;
    let count = match rng.below(10) {
        0 => 0,
        1 | 2 => 2,
        3 => 3,
        4 => 5,
        _ => 1,
    };
    let mut budget = 2 + rng.below(30) as u32;
    let types: Vec<Ty> = (0..count)
        .map(|_| {
            if resources && rng.below(4) == 0 {
                Ty::Borrow
            } else {
                ty::random(rng, 5, &mut budget, resources)
            }
        })
        .collect();
    let sig = Sig::new(rng, types);
    let route = Route::random(rng, &sig);
    let calls = arguments(rng, &sig);
    // A single value in, the same out: `Val` also serves as a typed function's Rust type.
    let single = sig.params.len() == 1 && sig.params[0].1 != Ty::Borrow;
    let val_typed_echo = single && rng.below(4) == 0;
    let val_typed_run = single && rng.below(4) == 0;
    let about = format!(
        "dynamic (typed echo over Val: {val_typed_echo}, typed run over Val: {val_typed_run})"
    );
    let echo_sig = sig.clone();
    let run = Run::new(&sig, &route, max_handles(&calls), about, &|host| {
        if val_typed_echo {
            val_echo(host)
        } else {
            dynamic_echo(host, echo_sig.clone())
        }
    })?;
    let typed = run.typed::<(Val,), (Val,)>(val_typed_run)?;
    run.calls(&calls, false, |store, f, args| match &typed {
        Some(t) => t.call(store, (args[0].clone(),)).map(|(v,)| Some(v)),
        None => dynamic_call(store, f, args),
    })
}

/// The arguments of each call: a few random ones, then, if they hold handles, the one with
/// the most again with new resources: the instances' tables hold no more handles than one
/// call needs, so a handle an earlier call left behind makes this call fail.
pub fn arguments(rng: &mut Rng, sig: &Sig) -> Vec<Vec<Val>> {
    let n = 1 + rng.below(4);
    let mut g = Gen::new(rng);
    let mut calls: Vec<Vec<Val>> = (0..n)
        .map(|_| {
            g.start();
            sig.params.iter().map(|(_, t)| g.value(t)).collect()
        })
        .collect();
    if let Some(most) = calls.iter().max_by_key(|c| handle_count(c))
        && handle_count(most) > 0
    {
        let again = most.iter().map(|v| fresh(v, &mut g)).collect();
        calls.push(again);
    }
    calls
}
