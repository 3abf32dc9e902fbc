// Rules about any goal file: parsing, schema, size, kind, instrument names, and protected health information.
import type { Rule } from '../types';
import { yamlSyntax } from './GP001-yaml-syntax';
import { schema } from './GP002-schema';
import { fileTooLarge } from './GP004-file-too-large';
import { unknownKind } from './GP005-unknown-kind';
import { unknownInstrument } from './GP006-unknown-instrument';

export const parseRules: Rule[] = [yamlSyntax, schema, fileTooLarge, unknownKind, unknownInstrument];
