/** Every route of the app in one place, so links and the router cannot drift apart. */
export const paths = {
  home: '/',
  methodology: '/methodology',
} as const
