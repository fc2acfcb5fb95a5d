package kr.go.msit.standards.funding.ledger;

/**
 * Kinds of money movement: obligate (an award), de-obligate (its reduction), pay (a disbursement paid), reverse (a
 * payment undone), recover (환수 of disallowed amounts), carry-over (이월 to the next fiscal year), return (반납 of an
 * unused balance).
 */
public enum EntryType {
    OBLIGATE,
    DEOBLIGATE,
    PAY,
    REVERSE,
    RECOVER,
    CARRY_OVER,
    RETURN
}
