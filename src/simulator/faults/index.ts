/** The self-check's fault catalogue: named deviations the simulator can be started with. */
export { FAULTS, FAULT_NAMES, UnknownFaultError, faultNamed } from './catalogue.ts';
export { handlerFor, installResponseRewrite, tokenCheckFor, validatorFor } from './install.ts';
export type { Fault, FaultFamily, FaultResponse, HandlerWrapper, ProbeApi } from './types.ts';
