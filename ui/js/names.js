// How the interface names a party: in the agreement's working language, or
// in the first language it has a name in.

export function partyName(party, agreement) {
  return party.names[agreement.working_language] ?? Object.values(party.names)[0] ?? "";
}
