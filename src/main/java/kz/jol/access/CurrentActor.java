package kz.jol.access;

import java.util.Optional;

/** The actor of the current request. */
public interface CurrentActor {

  /** The signed-in actor, if any. */
  Optional<Actor> find();

  /** The signed-in actor; fails when nobody is signed in (a bug: the endpoint is not public). */
  default Actor require() {
    return find().orElseThrow(() -> new IllegalStateException("no signed-in actor"));
  }
}
