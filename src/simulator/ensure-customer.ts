import type { ReferenceFamily, SimulatorStore } from './store.ts';
import type { Customer, Person } from './types.ts';

/**
 * What only the provider states (state.ts, docs/providers.md, "Provider states") do to the store:
 * name an entity's family of references by its id prefix, and create or update a customer.
 */
const FAMILY_OF_PREFIX: [string, ReferenceFamily][] = [
  ['icrd_', 'card'],
  ['ifnd_', 'funds'],
  ['tcrd_', 'registration'],
];

export function familyOfEntityId(entityId: string): ReferenceFamily | undefined {
  return FAMILY_OF_PREFIX.find(([prefix]) => entityId.startsWith(prefix))?.[1];
}

/**
 * A customer with this id (created if missing, updated if given): an individual, or a business
 * (cstab_) with its representatives and employees; each holder gets a person record.
 */
export function ensureCustomer(
  store: SimulatorStore,
  customerId: string,
  options: { type?: Customer['type']; kycApproved?: boolean; representatives?: string[]; employees?: string[] } = {},
): Customer {
  const type = options.type ?? (customerId.startsWith('cstab_') ? 'business' : 'individual');
  let customer = store.customers.get(customerId);
  if (!customer) {
    customer = {
      customerId,
      type,
      kycApproved: options.kycApproved ?? true,
      memberNumber: store.random.id(type === 'business' ? 'cstcb_' : 'cstcp_'),
      boCustomerId: `1100000${store.random.digits(11)}`,
      ...(type === 'business' ? { companyName: 'ABC123 Inc.' } : {}),
      representatives: [],
      employees: [],
    };
    store.customers.set(customerId, customer);
  }
  if (options.kycApproved !== undefined) customer.kycApproved = options.kycApproved;
  const template = store.persons.get(store.fixtures.customerId);
  const addPerson = (id: string, role: Person['role']) => {
    if (!store.persons.has(id) && template) {
      store.persons.set(id, { ...template, id, role, ...(role === 'customer' ? {} : { businessId: customerId }) });
    }
  };
  if (customer.type === 'individual') addPerson(customerId, 'customer');
  for (const id of options.representatives ?? []) {
    if (!customer.representatives.includes(id)) customer.representatives.push(id);
    addPerson(id, 'representative');
  }
  for (const id of options.employees ?? []) {
    if (!customer.employees.includes(id)) customer.employees.push(id);
    addPerson(id, 'employee');
  }
  return customer;
}
