//! Random values of fixed Rust types through the typed API: `echo` is a `func_wrap` host
//! function or a dynamic one, `run` is called through a `TypedFunc` or with `Val`s, so
//! that each typed path meets the dynamic one as well as itself.
//!
//! Values are generated as `Val`s of the Rust type's interface type and converted, so the
//! typed and dynamic values of a case are the same values.

use super::derived::{Entry, Event, Held, Level, Pair, Perms, Scalars};
use super::host::{Route, Run, dynamic_call, dynamic_echo, max_handles};
use super::rust_types::Typed;
use super::sig::Sig;
use super::value::Thing;
use crate::{Failure, Passed, Rng};
use wicker::component::{ComponentNamedList, Lift, Lower, Resource};

/// One case: one of the Rust types, with random values.
pub fn case(rng: &mut Rng) -> Result<Passed, Failure> {
    match rng.below(18) {
        0 => case_of::<Scalars>(rng),
        1 => case_of::<Entry>(rng),
        2 => case_of::<Event>(rng),
        3 => case_of::<Level>(rng),
        4 => case_of::<Perms>(rng),
        5 => case_of::<Vec<Event>>(rng),
        6 => case_of::<(Option<String>, Result<u32, String>, (u8, char, f64))>(rng),
        7 => case_of::<Result<Vec<Option<Entry>>, Level>>(rng),
        8 => case_of::<Option<Result<(), Vec<String>>>>(rng),
        9 => case_of::<Vec<(i64, Pair)>>(rng),
        10 => case_of::<Held>(rng),
        11 => case_of::<Vec<Held>>(rng),
        12 => case_of::<String>(rng),
        13 => case_of::<Result<(), ()>>(rng),
        14 => case_of::<Vec<Vec<u16>>>(rng),
        15 => case_of::<f32>(rng),
        16 => case_of::<Vec<f64>>(rng),
        _ => case_of::<(Vec<char>, Resource<Thing>)>(rng),
    }
}

fn case_of<V: Typed>(rng: &mut Rng) -> Result<Passed, Failure>
where
    (V,): ComponentNamedList + Lift + Lower,
{
    let sig = Sig::new(rng, vec![V::ty()]);
    let route = Route::random(rng, &sig);
    let typed_echo = rng.below(3) != 0;
    let typed_run = rng.below(3) != 0;
    let calls = super::dynamic::arguments(rng, &sig);
    let about = format!(
        "typed {} (typed echo: {typed_echo}, typed run: {typed_run})",
        std::any::type_name::<V>()
    );
    let dynamic_sig = sig.clone();
    let run = Run::new(&sig, &route, max_handles(&calls), about, &|host| {
        if typed_echo {
            host.func_wrap("echo", |mut store, (v,): (V,)| {
                store.data_mut().received.push(vec![v.to_val()]);
                Ok((v,))
            })
        } else {
            dynamic_echo(host, dynamic_sig.clone())
        }
    })?;
    let typed = run.typed::<(V,), (V,)>(typed_run)?;
    run.calls(&calls, typed.is_some(), |store, f, args| match &typed {
        Some(t) => {
            let (v,) = t.call(store, (V::from_val(args[0].clone()),))?;
            Ok(Some(v.to_val()))
        }
        None => dynamic_call(store, f, args),
    })
}
