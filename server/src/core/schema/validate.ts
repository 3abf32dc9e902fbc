// TEMPORARY passthrough until the schema engineer lands ajv validation (do not ship as is).
import type { FileKind, Issue, YamlRegion } from '../types';

export interface SchemaResult<T> {
  issues: Issue[];
  /** The region's value with every schema-invalid value removed (SPEC 1.1: it counts as absent). */
  cleaned: T | undefined;
}

export function validateFrontMatter(kind: FileKind, region: YamlRegion): SchemaResult<Record<string, unknown>> {
  const raw = region.raw;
  return { issues: [], cleaned: raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined };
}

export function validateGoal(region: YamlRegion): SchemaResult<Record<string, unknown>> {
  const raw = region.raw;
  return { issues: [], cleaned: raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined };
}

export function validateConfig(region: YamlRegion): SchemaResult<Record<string, unknown>> {
  const raw = region.raw;
  return { issues: [], cleaned: raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined };
}
