//! The WAVE text format of component values, for `--invoke`: `name(arg, ...)` calls,
//! arguments read by their parameter types, results printed.
//!
//! Values: `true`/`false`, integers, floats (`nan`, `inf`, `-inf` too), chars in single
//! quotes, strings in double quotes (escapes `\n \t \r \\ \' \" \u{...}`), lists `[a, b]`,
//! tuples `(a, b)`, records `{name: value, ...}`, flags `{a, b}`, variant and enum cases by
//! name with a payload in parentheses, `some(x)`/`none`, `ok(x)`/`err(x)` (or bare `ok`
//! and `err`).

use anyhow::{Context, Result, bail};
use wicker::component::{Type, Val};

/// Splits `name(arg, ...)` into the name and the text of each argument.
pub fn parse_call(text: &str) -> Result<(String, Vec<String>)> {
    let text = text.trim();
    let Some(open) = text.find('(') else {
        // A bare name calls a function without arguments.
        return Ok((text.to_string(), Vec::new()));
    };
    if !text.ends_with(')') {
        bail!("expected `name(arg, ...)`, found `{text}`");
    }
    let name = text[..open].trim().to_string();
    let inner = &text[open + 1..text.len() - 1];
    Ok((name, split_top(inner)?))
}

/// Splits `a, b, c` at the commas outside brackets, parentheses, braces and quotes.
fn split_top(text: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            current.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    current.push(n);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                current.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    bail!("unbalanced `{c}` in `{text}`");
                }
                current.push(c);
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut current).trim().to_string()),
            _ => current.push(c),
        }
    }
    if quote.is_some() || depth != 0 {
        bail!("unterminated value in `{text}`");
    }
    let last = current.trim().to_string();
    if !last.is_empty() {
        out.push(last);
    } else if !out.is_empty() {
        // A trailing comma.
    }
    Ok(out)
}

/// The inside of `open ... close` around `text`, or an error naming `what`.
fn inside<'a>(text: &'a str, open: char, close: char, what: &str) -> Result<&'a str> {
    let t = text.trim();
    if t.len() >= 2 && t.starts_with(open) && t.ends_with(close) {
        Ok(&t[1..t.len() - 1])
    } else {
        bail!("expected {what}, found `{text}`")
    }
}

/// `name(payload)` or `name`: the case name and its payload text.
fn case(text: &str) -> (&str, Option<&str>) {
    let t = text.trim();
    match t.find('(') {
        Some(i) if t.ends_with(')') => (t[..i].trim(), Some(&t[i + 1..t.len() - 1])),
        _ => (t, None),
    }
}

fn int<T: std::str::FromStr>(text: &str) -> Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    text.trim()
        .parse::<T>()
        .with_context(|| format!("`{}` is not a valid integer here", text.trim()))
}

fn float(text: &str) -> Result<f64> {
    Ok(match text.trim() {
        "nan" => f64::NAN,
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        t => t
            .parse::<f64>()
            .with_context(|| format!("`{t}` is not a valid number"))?,
    })
}

/// Unescapes the inside of a quoted string or char.
fn unescape(text: &str) -> Result<String> {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(c @ ('\\' | '\'' | '"')) => out.push(c),
            Some('u') => {
                let rest: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let hex = rest.trim_start_matches('{');
                let code = u32::from_str_radix(hex, 16)
                    .with_context(|| format!("bad escape `\\u{rest}}}`"))?;
                out.push(char::from_u32(code).with_context(|| format!("bad char {code:#x}"))?);
            }
            other => bail!(
                "unknown escape `\\{}`",
                other.map(String::from).unwrap_or_default()
            ),
        }
    }
    Ok(out)
}

/// Reads the value `text` as a value of type `ty`.
pub fn parse_value(text: &str, ty: &Type) -> Result<Val> {
    let t = text.trim();
    Ok(match ty {
        Type::Bool => match t {
            "true" => Val::Bool(true),
            "false" => Val::Bool(false),
            _ => bail!("expected `true` or `false`, found `{t}`"),
        },
        Type::S8 => Val::S8(int(t)?),
        Type::U8 => Val::U8(int(t)?),
        Type::S16 => Val::S16(int(t)?),
        Type::U16 => Val::U16(int(t)?),
        Type::S32 => Val::S32(int(t)?),
        Type::U32 => Val::U32(int(t)?),
        Type::S64 => Val::S64(int(t)?),
        Type::U64 => Val::U64(int(t)?),
        Type::Float32 => Val::Float32(float(t)? as f32),
        Type::Float64 => Val::Float64(float(t)?),
        Type::Char => {
            let s = unescape(inside(t, '\'', '\'', "a char in single quotes")?)?;
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Val::Char(c),
                _ => bail!("expected one char, found `{t}`"),
            }
        }
        Type::String => Val::String(unescape(inside(t, '"', '"', "a string in double quotes")?)?),
        Type::List(elem) | Type::FixedList(elem, _) => Val::List(
            split_top(inside(t, '[', ']', "a list in brackets")?)?
                .iter()
                .map(|v| parse_value(v, elem))
                .collect::<Result<_>>()?,
        ),
        Type::Tuple(tys) => {
            let parts = split_top(inside(t, '(', ')', "a tuple in parentheses")?)?;
            if parts.len() != tys.len() {
                bail!(
                    "expected {} tuple elements, found {}",
                    tys.len(),
                    parts.len()
                );
            }
            Val::Tuple(
                parts
                    .iter()
                    .zip(tys)
                    .map(|(p, ty)| parse_value(p, ty))
                    .collect::<Result<_>>()?,
            )
        }
        Type::Record(fields) => {
            let mut out = Vec::new();
            let parts = split_top(inside(t, '{', '}', "a record in braces")?)?;
            for (name, ty) in fields {
                let text = parts
                    .iter()
                    .find_map(|p| {
                        let (n, v) = p.split_once(':')?;
                        (n.trim() == name).then_some(v)
                    })
                    .with_context(|| format!("record field `{name}` is missing"))?;
                out.push((name.clone(), parse_value(text, ty)?));
            }
            Val::Record(out)
        }
        Type::Flags(names) => {
            let parts = split_top(inside(t, '{', '}', "flags in braces")?)?;
            for p in &parts {
                if !names.contains(p) {
                    bail!("no flag named `{p}`");
                }
            }
            Val::Flags(parts)
        }
        Type::Enum(names) => {
            if !names.iter().any(|n| n == t) {
                bail!("no enum case named `{t}`");
            }
            Val::Enum(t.to_string())
        }
        Type::Variant(cases) => {
            let (name, payload) = case(t);
            let Some((_, pty)) = cases.iter().find(|(n, _)| n == name) else {
                bail!("no variant case named `{name}`")
            };
            Val::Variant(name.to_string(), payload_of(name, payload, pty.as_ref())?)
        }
        Type::Option(inner) => match case(t) {
            ("none", None) => Val::Option(None),
            ("some", Some(p)) => Val::Option(Some(Box::new(parse_value(p, inner)?))),
            _ => bail!("expected `some(...)` or `none`, found `{t}`"),
        },
        Type::Result(ok, err) => match case(t) {
            ("ok", p) => Val::Result(Ok(payload_of("ok", p, ok.as_deref())?)),
            ("err", p) => Val::Result(Err(payload_of("err", p, err.as_deref())?)),
            _ => bail!("expected `ok(...)` or `err(...)`, found `{t}`"),
        },
        Type::Own | Type::Borrow => bail!("resource handles cannot be given on the command line"),
        Type::ErrorContext => bail!("`error-context` values cannot be given on the command line"),
    })
}

fn payload_of(name: &str, text: Option<&str>, ty: Option<&Type>) -> Result<Option<Box<Val>>> {
    Ok(match (text, ty) {
        (Some(p), Some(ty)) => Some(Box::new(parse_value(p, ty)?)),
        (None, None) => None,
        (Some(_), None) => bail!("case `{name}` has no payload"),
        (None, Some(_)) => bail!("case `{name}` needs a payload"),
    })
}

fn quote(s: &str, q: char) -> String {
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else {
        format!("{f:?}")
    }
}

/// Writes `v` in the WAVE format.
pub fn print_value(v: &Val) -> String {
    let join = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    let payload = |name: &str, p: &Option<Box<Val>>| match p {
        Some(p) => format!("{name}({})", print_value(p)),
        None => name.to_string(),
    };
    match v {
        Val::Bool(b) => b.to_string(),
        Val::S8(x) => x.to_string(),
        Val::U8(x) => x.to_string(),
        Val::S16(x) => x.to_string(),
        Val::U16(x) => x.to_string(),
        Val::S32(x) => x.to_string(),
        Val::U32(x) => x.to_string(),
        Val::S64(x) => x.to_string(),
        Val::U64(x) => x.to_string(),
        Val::Float32(f) => float_text(f64::from(*f)),
        Val::Float64(f) => float_text(*f),
        Val::Char(c) => quote(&c.to_string(), '\''),
        Val::String(s) => quote(s, '"'),
        Val::List(items) => format!("[{}]", join(&mut items.iter().map(print_value))),
        Val::Tuple(items) => format!("({})", join(&mut items.iter().map(print_value))),
        Val::Record(fields) => format!(
            "{{{}}}",
            join(
                &mut fields
                    .iter()
                    .map(|(n, v)| format!("{n}: {}", print_value(v)))
            )
        ),
        Val::Variant(name, p) => payload(name, p),
        Val::Enum(name) => name.clone(),
        Val::Option(None) => "none".into(),
        Val::Option(Some(p)) => format!("some({})", print_value(p)),
        Val::Result(Ok(p)) => payload("ok", p),
        Val::Result(Err(p)) => payload("err", p),
        Val::Flags(names) => format!("{{{}}}", names.join(", ")),
        Val::Resource(_) => "<resource>".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_split_into_name_and_arguments() {
        let (name, args) = parse_call(r#"greet("a, b", [1, 2], {x: 1, y: (2, 3)})"#).unwrap();
        assert_eq!(name, "greet");
        assert_eq!(args, [r#""a, b""#, "[1, 2]", "{x: 1, y: (2, 3)}"]);
        assert_eq!(parse_call("run").unwrap(), ("run".to_string(), vec![]));
        assert!(parse_call("f(1").is_err());
    }

    #[test]
    fn values_round_trip_through_text() {
        let ty = Type::Record(vec![
            ("name".into(), Type::String),
            ("tags".into(), Type::List(Box::new(Type::Char))),
            ("size".into(), Type::Option(Box::new(Type::U32))),
            (
                "res".into(),
                Type::Result(Some(Box::new(Type::Float64)), None),
            ),
            ("mode".into(), Type::Flags(vec!["r".into(), "w".into()])),
        ]);
        let text = r#"{name: "a \"q\" ☃\n", tags: ['x', '\''], size: some(7), res: ok(-1.5), mode: {r, w}}"#;
        let v = parse_value(text, &ty).unwrap();
        assert_eq!(print_value(&v), text);
        assert!(parse_value("{name: \"x\"}", &ty).is_err(), "missing fields");
        assert!(parse_value("300", &Type::U8).is_err());
        assert_eq!(
            parse_value("nan", &Type::Float32)
                .map(|v| print_value(&v))
                .unwrap(),
            "nan"
        );
    }
}
