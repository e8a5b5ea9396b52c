package dev.parley.align;

/**
 * Which pairs of units may be linked at all, whatever their place: the evidence a link must stand
 * on ({@link LinkEvidence} for paragraphs). Every stage of {@link UnitAligner} asks it before it
 * links a pair; {@link #ANY} lets every pair through (sentences inside a link, where the link is
 * the evidence).
 */
@FunctionalInterface
interface PairGate {

  /** Lets every pair through. */
  PairGate ANY = (i, j) -> true;

  /** Whether left unit {@code i} and right unit {@code j} may be linked. */
  boolean accepts(int i, int j);
}
