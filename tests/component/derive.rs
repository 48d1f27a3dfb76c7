//! Records, variants and enums as Rust types, with the derive macros.

use crate::model::Ty;
use crate::typed::typed_echo;
use crate::{compile, engine, store_and_linker};
use wicker::component::{ComponentType, Lift, Lower};

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct Point {
    x: i32,
    y: f64,
    label: String,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(variant)]
enum Shape {
    None,
    Small(u8),
    Float(f32),
    Big(u64),
    Text(String),
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(enum)]
enum Color {
    Red,
    Green,
    Blue,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct Renamed {
    #[component(name = "first-field")]
    a_field: u8,
    second_one: Option<Vec<Point>>,
    r#type: Color,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(variant)]
enum Nested {
    #[component(name = "pt")]
    Point(Point),
    ShapeList(Vec<Shape>),
    Nothing,
}

fn b(t: Ty) -> Box<Ty> {
    Box::new(t)
}

fn point_ty() -> Ty {
    Ty::Record(vec![("x", Ty::S32), ("y", Ty::F64), ("label", Ty::String)])
}

fn shape_ty() -> Ty {
    Ty::Variant(vec![
        ("none", None),
        ("small", Some(Ty::U8)),
        ("float", Some(Ty::F32)),
        ("big", Some(Ty::U64)),
        ("text", Some(Ty::String)),
    ])
}

fn color_ty() -> Ty {
    Ty::Enum(vec!["red", "green", "blue"])
}

fn pt(x: i32, label: &str) -> Point {
    Point {
        x,
        y: f64::from(x) / 4.0,
        label: label.into(),
    }
}

#[test]
fn records() {
    typed_echo(point_ty(), vec![pt(1, "one"), pt(-7, "☃ seven")]);
    let renamed = Ty::Record(vec![
        ("first-field", Ty::U8),
        ("second-one", Ty::Option(b(Ty::List(b(point_ty()))))),
        ("type", color_ty()),
    ]);
    typed_echo(
        renamed,
        vec![
            Renamed {
                a_field: 3,
                second_one: None,
                r#type: Color::Green,
            },
            Renamed {
                a_field: 255,
                second_one: Some(vec![pt(2, "a"), pt(3, "b")]),
                r#type: Color::Blue,
            },
        ],
    );
}

#[test]
fn variants_and_enums() {
    typed_echo(
        shape_ty(),
        vec![
            Shape::None,
            Shape::Small(9),
            Shape::Float(-1.5),
            Shape::Big(u64::MAX),
            Shape::Text("ÿ☃".into()),
        ],
    );
    typed_echo(color_ty(), vec![Color::Red, Color::Green, Color::Blue]);
    let nested = Ty::Variant(vec![
        ("pt", Some(point_ty())),
        ("shape-list", Some(Ty::List(b(shape_ty())))),
        ("nothing", None),
    ]);
    typed_echo(
        nested,
        vec![
            Nested::Point(pt(5, "five")),
            Nested::ShapeList(vec![Shape::Text("t".into()), Shape::Big(2)]),
            Nested::Nothing,
        ],
    );
}

/// A tuple struct stands for a WIT tuple; type parameters are bounded by the derive.
#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(tuple)]
struct Pair<T>(T, String);

/// Longer than the Rust tuples the runtime implements the traits for (32).
#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(tuple)]
struct Wide(
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
);

#[test]
fn tuple_structs() {
    typed_echo(
        Ty::Tuple(vec![Ty::U16, Ty::String]),
        vec![Pair(7u16, "seven".into()), Pair(u16::MAX, String::new())],
    );
    let wide = || {
        Wide(
            0,
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
            19,
            20,
            21,
            22,
            23,
            24,
            25,
            26,
            27,
            28,
            29,
            30,
            31,
            32,
            33,
            u32::MAX,
        )
    };
    typed_echo(Ty::Tuple(vec![Ty::U32; 35]), vec![wide()]);
}

#[test]
fn mismatched_names_are_type_errors() {
    // The component's record has fields `x`, `y`, `label`; this one differs.
    #[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
    #[component(record)]
    struct Other {
        x: i32,
        y: f64,
        name: String,
    }
    let engine = engine();
    let component = compile(&engine, &crate::model::echo_component(&point_ty(), "utf8"));
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .instance("host")
        .unwrap()
        .func_wrap("echo", |_, (v,): (Other,)| Ok((v,)))
        .unwrap();
    let err = linker.instantiate(&mut store, &component).unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("field `label` where the Rust type has `name`"),
        "{msg}"
    );
}

#[derive(ComponentType, Lift, Lower, Clone, Copy, Debug, PartialEq, Default)]
#[component(flags)]
struct Perms {
    read: bool,
    write: bool,
    exec: bool,
}

#[test]
fn flags() {
    let ty = Ty::Flags(vec!["read".into(), "write".into(), "exec".into()]);
    typed_echo(
        ty,
        vec![
            Perms::default(),
            Perms {
                read: true,
                ..Perms::default()
            },
            Perms {
                read: true,
                write: false,
                exec: true,
            },
        ],
    );
}

wicker::component::flags! {
    /// The same flags, declared with `flags!`.
    Mode { read, write, exec }
}

#[test]
fn flags_macro() {
    let ty = Ty::Flags(vec!["read".into(), "write".into(), "exec".into()]);
    typed_echo(
        ty,
        vec![
            Mode::default(),
            Mode {
                write: true,
                exec: true,
                ..Mode::default()
            },
        ],
    );
}
