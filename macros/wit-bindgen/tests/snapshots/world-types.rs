/// The WIT type `point`.
#[derive(
    ::wicker::component::ComponentType,
    ::wicker::component::Lift,
    ::wicker::component::Lower,
    Debug,
    Clone,
    PartialEq
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
    Debug,
    Clone,
    PartialEq
)]
#[derive(Copy, Eq, Hash)]
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
pub trait WorldTypesImports {
    /// `scale`.
    fn scale(&mut self, p: Point, u: Unit) -> Point;
}
/// The exports of an instance of world `world-types`, ready to call.
pub struct WorldTypes {
    f_distance: ::wicker::component::Func,
}
impl WorldTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<WorldTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        WorldTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WorldTypes> {
        let func = instance
            .get_func(&mut store, "distance")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("distance"))?;
        func.typed::<(Point, Point), (f64,)>()?;
        let f_distance = func;
        let _ = (&mut store, instance);
        Ok(WorldTypes { f_distance })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: WorldTypesImports + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "scale",
                move |mut __store, (p, u): (Point, Unit)| {
                    let __r = WorldTypesImports::scale(__get(__store.data_mut()), p, u);
                    Ok((__r,))
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `distance`.
    pub fn call_distance<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
        a: &Point,
        b: &Point,
    ) -> ::wicker::Result<f64> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&Point, &Point),
            (f64,),
        >(&self.f_distance);
        let __r = __f.call(__store.as_context_mut(), (a, b))?;
        Ok(__r.0)
    }
}
/// `WorldTypes` ready to instantiate quickly: the imports are resolved.
pub struct WorldTypesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> WorldTypesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(WorldTypesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<WorldTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        WorldTypes::new(store, &instance)
    }
}
