/**
 * The last branch of a switch over a union (an answer type, a value type, a next-step kind…).
 * Where every member is handled the argument narrows to `never`; adding a member to the union
 * makes each switch that does not handle it a type error here, instead of a silent fall-through.
 * At run time it is reached only by data that bypassed its schema, and fails loudly.
 */
export const assertNever = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
