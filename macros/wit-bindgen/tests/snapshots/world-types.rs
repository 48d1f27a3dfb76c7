/// The WIT type `point`.
#[derive(
    ::wicker::component::ComponentType,
    ::wicker::component::Lift,
    ::wicker::component::Lower,
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq
)]
#[component(record)]
#[component(wicker = "::wicker")]
pub struct Point {
    /// The `x` field.
    #[component(name = "x")]
    pub x: f64,
    /// The `y` field.
    #[component(name = "y")]
    pub y: f64,
}
/// The WIT type `unit`.
#[derive(
    ::wicker::component::ComponentType,
    ::wicker::component::Lift,
    ::wicker::component::Lower,
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq
)]
#[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
#[component(enum)]
#[component(wicker = "::wicker")]
pub enum Unit {
    /// The `metric` case.
    #[component(name = "metric")]
    Metric,
    /// The `imperial` case.
    #[component(name = "imperial")]
    Imperial,
}
/// The host's implementation of the functions `world-types` imports.
#[allow(clippy::too_many_arguments)]
pub trait WorldTypesImports {
    /// `scale`.
    fn scale(&mut self, p: Point, u: Unit) -> Point;
}
/// The exports of an instance of world `world-types`, ready to call.
pub struct WorldTypes {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl WorldTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<WorldTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        WorldTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WorldTypes> {
        let __f0 = instance
            .get_func(&mut store, "distance")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("distance"))?;
        __f0.typed::<(Point, Point), (f64,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(WorldTypes { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: WorldTypesImports + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "scale",
                move |mut __store, (p, u): (Point, Unit)| {
                    let __r = WorldTypesImports::scale(__get(__store.data_mut()), p, u);
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `distance`.
    pub fn call_distance<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        a: &Point,
        b: &Point,
    ) -> ::wicker::Result<f64> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&Point, &Point),
            (f64,),
        >(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), (a, b))?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `WorldTypes` ready to instantiate quickly: the imports are resolved.
pub struct WorldTypesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> WorldTypesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<WorldTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        WorldTypes::new(store, &instance)
    }
}
