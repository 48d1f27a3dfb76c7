/// The exports of an instance of world `records`, ready to call.
pub struct Records {
    i_fixtures_records_shapes: exports::fixtures::records::shapes::Guest,
}
impl Records {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Records> {
        let instance = linker.instantiate(&mut store, component)?;
        Records::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Records> {
        let i_fixtures_records_shapes = exports::fixtures::records::shapes::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Records {
            i_fixtures_records_shapes,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::records::shapes::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::records::shapes::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:records/shapes`.
    pub fn fixtures_records_shapes(&self) -> &exports::fixtures::records::shapes::Guest {
        &self.i_fixtures_records_shapes
    }
}
/// `Records` ready to instantiate quickly: the imports are resolved.
pub struct RecordsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> RecordsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(RecordsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Records> {
        let instance = self.pre.instantiate(&mut store)?;
        Records::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `records`.
        #[allow(dead_code, clippy::all)]
        pub mod records {
            /// Generated bindings: `shapes`.
            #[allow(dead_code, clippy::all)]
            pub mod shapes {
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
                    pub x: i32,
                    /// The `y` field.
                    #[component(name = "y")]
                    pub y: i32,
                }
                /// The WIT type `rect`.
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
                pub struct Rect {
                    /// The `origin` field.
                    #[component(name = "origin")]
                    pub origin: super::super::super::super::fixtures::records::shapes::Point,
                    /// The `size` field.
                    #[component(name = "size")]
                    pub size: super::super::super::super::fixtures::records::shapes::Point,
                    /// The `name` field.
                    #[component(name = "name")]
                    pub name: String,
                }
                /// The WIT type `empty-name`.
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
                pub struct EmptyName {
                    /// The `type` field.
                    #[component(name = "type")]
                    pub r#type: u8,
                    /// The `self` field.
                    #[component(name = "self")]
                    pub self_: bool,
                    /// The `in` field.
                    #[component(name = "in")]
                    pub r#in: String,
                }
                /// The guest's exports of `fixtures:records/shapes`.
                pub struct Guest {
                    f_area: ::wicker::component::Func,
                    f_translate: ::wicker::component::Func,
                    f_weird: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:records/shapes` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:records/shapes")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:records/shapes",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "area")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "area",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::Rect,
                                ),
                                (i64,),
                            >()?;
                        let f_area = func;
                        let func = exports
                            .get_func(&mut store, "translate")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "translate",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::Point,
                                    super::super::super::super::fixtures::records::shapes::Point,
                                ),
                                (
                                    super::super::super::super::fixtures::records::shapes::Point,
                                ),
                            >()?;
                        let f_translate = func;
                        let func = exports
                            .get_func(&mut store, "weird")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "weird",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::EmptyName,
                                ),
                                (
                                    super::super::super::super::fixtures::records::shapes::EmptyName,
                                ),
                            >()?;
                        let f_weird = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_area,
                            f_translate,
                            f_weird,
                        })
                    }
                    /// Calls `area`.
                    pub fn call_area<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        r: &super::super::super::super::fixtures::records::shapes::Rect,
                    ) -> ::wicker::Result<i64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::records::shapes::Rect,
                            ),
                            (i64,),
                        >(&self.f_area);
                        let __r = __f.call(__store.as_context_mut(), (r,))?;
                        Ok(__r.0)
                    }
                    /// Calls `translate`.
                    pub fn call_translate<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        p: &super::super::super::super::fixtures::records::shapes::Point,
                        by: &super::super::super::super::fixtures::records::shapes::Point,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::records::shapes::Point,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::records::shapes::Point,
                                &super::super::super::super::fixtures::records::shapes::Point,
                            ),
                            (
                                super::super::super::super::fixtures::records::shapes::Point,
                            ),
                        >(&self.f_translate);
                        let __r = __f.call(__store.as_context_mut(), (p, by))?;
                        Ok(__r.0)
                    }
                    /// Calls `weird`.
                    pub fn call_weird<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        e: &super::super::super::super::fixtures::records::shapes::EmptyName,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::records::shapes::EmptyName,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::records::shapes::EmptyName,
                            ),
                            (
                                super::super::super::super::fixtures::records::shapes::EmptyName,
                            ),
                        >(&self.f_weird);
                        let __r = __f.call(__store.as_context_mut(), (e,))?;
                        Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `records`.
    #[allow(dead_code, clippy::all)]
    pub mod records {
        /// Generated bindings: `shapes`.
        #[allow(dead_code, clippy::all)]
        pub mod shapes {
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
                pub x: i32,
                /// The `y` field.
                #[component(name = "y")]
                pub y: i32,
            }
            /// The WIT type `rect`.
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
            pub struct Rect {
                /// The `origin` field.
                #[component(name = "origin")]
                pub origin: super::super::super::fixtures::records::shapes::Point,
                /// The `size` field.
                #[component(name = "size")]
                pub size: super::super::super::fixtures::records::shapes::Point,
                /// The `name` field.
                #[component(name = "name")]
                pub name: String,
            }
            /// The WIT type `empty-name`.
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
            pub struct EmptyName {
                /// The `type` field.
                #[component(name = "type")]
                pub r#type: u8,
                /// The `self` field.
                #[component(name = "self")]
                pub self_: bool,
                /// The `in` field.
                #[component(name = "in")]
                pub r#in: String,
            }
            /// The host's implementation of `fixtures:records/shapes`.
            pub trait Host {
                /// `area`.
                fn area(
                    &mut self,
                    r: super::super::super::fixtures::records::shapes::Rect,
                ) -> i64;
                /// `translate`.
                fn translate(
                    &mut self,
                    p: super::super::super::fixtures::records::shapes::Point,
                    by: super::super::super::fixtures::records::shapes::Point,
                ) -> super::super::super::fixtures::records::shapes::Point;
                /// `weird`.
                fn weird(
                    &mut self,
                    e: super::super::super::fixtures::records::shapes::EmptyName,
                ) -> super::super::super::fixtures::records::shapes::EmptyName;
            }
            /// Defines `fixtures:records/shapes` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:records/shapes")?;
                __inst
                    .func_wrap(
                        "area",
                        move |
                            mut __store,
                            (
                                r,
                            ): (super::super::super::fixtures::records::shapes::Rect,)|
                        {
                            let __r = Host::area(__get(__store.data_mut()), r);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "translate",
                        move |
                            mut __store,
                            (
                                p,
                                by,
                            ): (
                                super::super::super::fixtures::records::shapes::Point,
                                super::super::super::fixtures::records::shapes::Point,
                            )|
                        {
                            let __r = Host::translate(__get(__store.data_mut()), p, by);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "weird",
                        move |
                            mut __store,
                            (
                                e,
                            ): (
                                super::super::super::fixtures::records::shapes::EmptyName,
                            )|
                        {
                            let __r = Host::weird(__get(__store.data_mut()), e);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
