//! What the forwarders saw: each one's taps, read with the independent decoder and
//! compared with what the host sent.

use super::host::Route;
use super::oracle::{Reader, Wrong, mask_handles};
use super::sig::{Layout, Sig};
use super::text::{Options, SCRATCH};
use super::ty::Ty;
use super::value::same;
use wicker::component::Val;

/// Checks the taps of one call with arguments `args`: each forwarder of `route` tapped on
/// entry, outermost first, and again when its import returned, innermost first; what it
/// received decodes to `args`, and what its import returned to the result of `args`.
pub fn check_taps(
    sig: &Sig,
    route: &Route,
    taps: &[(u32, Vec<u8>)],
    args: &[Val],
) -> Result<(), Wrong> {
    let outward = route.forwarders();
    let expected: Vec<(u32, &Options)> = outward
        .iter()
        .map(|o| (2 * o.id, *o))
        .chain(outward.iter().rev().map(|o| (2 * o.id + 1, *o)))
        .collect();
    let sites: Vec<u32> = taps.iter().map(|(site, _)| *site).collect();
    let want: Vec<u32> = expected.iter().map(|(site, _)| *site).collect();
    if sites != want {
        return Err(format!("taps at sites {sites:?}, expected {want:?}"));
    }
    let layout = Layout::new(sig);
    let (types, result) = (sig.types(), sig.result());
    for ((site, memory), (_, o)) in taps.iter().zip(expected) {
        let reader = Reader::new(memory, o.encoding);
        let at = |what: &str, e: Wrong| format!("forwarder {} {what}: {e}", o.id);
        if site % 2 == 0 {
            let got = arguments(&reader, &types, &layout).map_err(|e| at("received", e))?;
            let want: Vec<Val> = args.iter().map(mask_handles).collect();
            if got.len() != want.len() || !got.iter().zip(&want).all(|(a, b)| same(a, b)) {
                let e = format!("{got:?}, expected {want:?}");
                return Err(at("received", e));
            }
        } else if let Some(ty) = &result {
            let got = if layout.results_in_memory {
                reader.load(ty, o.ret_area)
            } else {
                let slots = reader
                    .slots(SCRATCH, 1)
                    .map_err(|e| at("was returned", e))?;
                reader.lift_flat(ty, &mut slots.iter())
            }
            .map_err(|e| at("was returned", e))?;
            let want = mask_handles(&sig.result_value(args).expect("a result"));
            if !same(&got, &want) {
                return Err(at("was returned", format!("{got:?}, expected {want:?}")));
            }
        }
    }
    Ok(())
}

/// The arguments a forwarder received, from its flat values or the memory they point to.
fn arguments<'t>(
    reader: &Reader<'_, 't>,
    types: &'t [Ty],
    layout: &Layout,
) -> Result<Vec<Val>, Wrong> {
    let slots = reader.slots(SCRATCH, layout.core_params().len())?;
    if layout.params_in_memory {
        return reader.load_all(types, slots[0] as u32);
    }
    let mut slots = slots.iter();
    let args = types
        .iter()
        .map(|t| reader.lift_flat(t, &mut slots))
        .collect::<Result<Vec<_>, _>>()?;
    if slots.next().is_some() {
        return Err("more flat values than the parameters take".into());
    }
    Ok(args)
}
