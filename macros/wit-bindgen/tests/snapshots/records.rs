/// The exports of an instance of world `records`, ready to call.
pub struct Records {
    __i0: exports::fixtures::records::shapes::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Records {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Records> {
        let instance = linker.instantiate(&mut store, component)?;
        Records::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Records> {
        let __i0 = exports::fixtures::records::shapes::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Records { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::records::shapes::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::records::shapes::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:records/shapes`.
    pub fn fixtures_records_shapes(&self) -> &exports::fixtures::records::shapes::Guest {
        &self.__i0
    }
}
/// `Records` ready to instantiate quickly: the imports are resolved.
pub struct RecordsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> RecordsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Records> {
        let instance = self.pre.instantiate(&mut store)?;
        Records::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `records`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod records {
            /// Generated bindings: `shapes`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod shapes {
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
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
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
                    pub name: ::std::string::String,
                }
                /// The WIT type `empty-name`.
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
                pub struct EmptyName {
                    /// The `type` field.
                    #[component(name = "type")]
                    pub r#type: u8,
                    /// The `self` field.
                    #[component(name = "self")]
                    pub self_: bool,
                    /// The `in` field.
                    #[component(name = "in")]
                    pub r#in: ::std::string::String,
                }
                /// The guest's exports of `fixtures:records/shapes`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
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
                        let __f0 = exports
                            .get_func(&mut store, "area")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "area",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::Rect,
                                ),
                                (i64,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "translate")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "translate",
                            ))?;
                        __f1.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::Point,
                                    super::super::super::super::fixtures::records::shapes::Point,
                                ),
                                (
                                    super::super::super::super::fixtures::records::shapes::Point,
                                ),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "weird")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "weird",
                            ))?;
                        __f2.typed::<
                                (
                                    super::super::super::super::fixtures::records::shapes::EmptyName,
                                ),
                                (
                                    super::super::super::super::fixtures::records::shapes::EmptyName,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2 })
                    }
                    /// Calls `area`.
                    pub fn call_area<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        r: &super::super::super::super::fixtures::records::shapes::Rect,
                    ) -> ::wicker::Result<i64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::records::shapes::Rect,
                            ),
                            (i64,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (r,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `translate`.
                    pub fn call_translate<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
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
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (p, by))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `weird`.
                    pub fn call_weird<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
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
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (e,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `records`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod records {
        /// Generated bindings: `shapes`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod shapes {
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
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(record)]
            #[component(wicker = "::wicker")]
            pub struct Rect {
                /// The `origin` field.
                #[component(name = "origin")]
                pub origin: Point,
                /// The `size` field.
                #[component(name = "size")]
                pub size: Point,
                /// The `name` field.
                #[component(name = "name")]
                pub name: ::std::string::String,
            }
            /// The WIT type `empty-name`.
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
            pub struct EmptyName {
                /// The `type` field.
                #[component(name = "type")]
                pub r#type: u8,
                /// The `self` field.
                #[component(name = "self")]
                pub self_: bool,
                /// The `in` field.
                #[component(name = "in")]
                pub r#in: ::std::string::String,
            }
            /// The host's implementation of `fixtures:records/shapes`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `area`.
                fn area(&mut self, r: Rect) -> i64;
                /// `translate`.
                fn translate(&mut self, p: Point, by: Point) -> Point;
                /// `weird`.
                fn weird(&mut self, e: EmptyName) -> EmptyName;
            }
            /// Defines `fixtures:records/shapes` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:records/shapes")?;
                __inst
                    .func_wrap(
                        "area",
                        move |mut __store, (r,): (Rect,)| {
                            let __r = Host::area(__get(__store.data_mut()), r);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "translate",
                        move |mut __store, (p, by): (Point, Point)| {
                            let __r = Host::translate(__get(__store.data_mut()), p, by);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "weird",
                        move |mut __store, (e,): (EmptyName,)| {
                            let __r = Host::weird(__get(__store.data_mut()), e);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
