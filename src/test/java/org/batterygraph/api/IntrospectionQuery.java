package org.batterygraph.api;

/**
 * graphql-js's {@code getIntrospectionQuery(options)}, as the GraphiQL bundled in /q/graphql-ui/ has it (graphql
 * 16: utilities/getIntrospectionQuery.mjs, copied line by line), with graphql-js 17's {@code oneOf} option
 * ({@code isOneOf} on every type). GraphiQL 3 and 4 call it with {@code inputValueDeprecation} and
 * {@code schemaDescription}; the defaults are descriptions on, everything else off.
 */
record IntrospectionQuery(boolean descriptions, boolean specifiedByUrl, boolean directiveIsRepeatable,
        boolean schemaDescription, boolean inputValueDeprecation, boolean oneOf) {

    /** {@code getIntrospectionQuery()} */
    static final IntrospectionQuery DEFAULTS = new IntrospectionQuery(true, false, false, false, false, false);
    /** What GraphiQL sends: {@code getIntrospectionQuery({inputValueDeprecation, schemaDescription})}, both on. */
    static final IntrospectionQuery GRAPHIQL = new IntrospectionQuery(true, false, false, true, true, false);
    /** Every option on. */
    static final IntrospectionQuery ALL = new IntrospectionQuery(true, true, true, true, true, true);

    String text() {
        var description = descriptions ? "description" : "";
        var specifiedBy = specifiedByUrl ? "specifiedByURL" : "";
        var repeatable = directiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescriptionField = schemaDescription ? description : "";
        var isOneOf = oneOf ? "isOneOf" : "";
        var includeDeprecated = inputValueDeprecation ? "(includeDeprecated: true)" : "";
        var isDeprecated = inputValueDeprecation ? "isDeprecated" : "";
        var deprecationReason = inputValueDeprecation ? "deprecationReason" : "";
        return """
                    query IntrospectionQuery {
                      __schema {
                        %1$s
                        queryType { name }
                        mutationType { name }
                        subscriptionType { name }
                        types {
                          ...FullType
                        }
                        directives {
                          name
                          %2$s
                          %3$s
                          locations
                          args%4$s {
                            ...InputValue
                          }
                        }
                      }
                    }

                    fragment FullType on __Type {
                      kind
                      name
                      %2$s
                      %5$s
                      %8$s
                      fields(includeDeprecated: true) {
                        name
                        %2$s
                        args%4$s {
                          ...InputValue
                        }
                        type {
                          ...TypeRef
                        }
                        isDeprecated
                        deprecationReason
                      }
                      inputFields%4$s {
                        ...InputValue
                      }
                      interfaces {
                        ...TypeRef
                      }
                      enumValues(includeDeprecated: true) {
                        name
                        %2$s
                        isDeprecated
                        deprecationReason
                      }
                      possibleTypes {
                        ...TypeRef
                      }
                    }

                    fragment InputValue on __InputValue {
                      name
                      %2$s
                      type { ...TypeRef }
                      defaultValue
                      %6$s
                      %7$s
                    }

                    fragment TypeRef on __Type {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                            ofType {
                              kind
                              name
                              ofType {
                                kind
                                name
                                ofType {
                                  kind
                                  name
                                  ofType {
                                    kind
                                    name
                                    ofType {
                                      kind
                                      name
                                      ofType {
                                        kind
                                        name
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                """.formatted(schemaDescriptionField, description, repeatable, includeDeprecated, specifiedBy,
                isDeprecated, deprecationReason, isOneOf);
    }

    /** GraphiQL's second form, for servers without subscriptions: the same query without {@code subscriptionType}. */
    String sansSubscriptions() {
        return text().replace("subscriptionType { name }", "");
    }
}
