/** Through what a change came in: the entry form, a file import, the API, or the system itself. */
export type ChangeChannel = "form" | "import" | "api" | "system";

/**
 * Who acts, through what, and when (an ISO instant from the caller's clock): stamped on every
 * change of values, registers and reports, and kept in their audit trails.
 */
export interface Actor {
  readonly by: string;
  readonly via: ChangeChannel;
  readonly at: string;
}

/** An actor whose time the receiver fills from its own clock when it is left out. */
export type ActorAtAnyTime = Omit<Actor, "at"> & { readonly at?: string };
