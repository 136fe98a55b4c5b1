package store

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// TableWalletIdentities is the table of wallets' identity attestations (IdentityRegistry).
const TableWalletIdentities = "wallet_identities"

// WalletAttested is IdentityRegistry.WalletAttested (the commitment is not kept).
type WalletAttested struct {
	Meta
	Wallet, Attester common.Address
	Level            uint8 // 0, 5 or 9: NHS login's P0, P5, P9
	ExpiresAt        uint64
}

// AttestationRevoked is IdentityRegistry.AttestationRevoked.
type AttestationRevoked struct {
	Meta
	Wallet, Attester, By common.Address
}

// AttesterRoleChanged is IdentityRegistry's RoleGranted (Held) or RoleRevoked (not Held) of IDENTITY_ATTESTER_ROLE.
// Kept is the same log as a contract event, written too so that contractEvents still lists every role change.
type AttesterRoleChanged struct {
	Meta
	Attester, By common.Address
	Held         bool
	Kept         *ContractEvent
}

// TableIdentityAttesters is the table of who holds IDENTITY_ATTESTER_ROLE (IdentityRegistry), versioned per attester.
const TableIdentityAttesters = "identity_attesters"

// Identity attester columns.
const (
	ColHeld      = "held"
	ColChangedBy = "changed_by"
)

// IdentityAttesterRow is a version of an attester's IDENTITY_ATTESTER_ROLE (identity_attesters): held from
// ValidFrom (granted) or not (revoked).
type IdentityAttesterRow struct {
	Attester  string
	Held      bool
	ChangedBy string
	TxHash    string
	Version
}

// IdentityAttesters is the table as typed rows.
var IdentityAttesters = rowsOf(TableIdentityAttesters, func(r *IdentityAttesterRow) *Version { return &r.Version },
	[]field[IdentityAttesterRow]{
		{ColAttester, func(r *IdentityAttesterRow) any { return &r.Attester }},
		{ColHeld, func(r *IdentityAttesterRow) any { return &r.Held }},
		{ColChangedBy, func(r *IdentityAttesterRow) any { return &r.ChangedBy }},
		{ColTxHash, func(r *IdentityAttesterRow) any { return &r.TxHash }}}...)

// Wallet identity columns (the others are shared: ColExpiresAt, ColRevoked…).
const (
	ColWallet        = "wallet"
	ColAttester      = "attester"
	ColLevel         = "level"
	ColAttestedAt    = "attested_at"
	ColAttestedBlock = "attested_block"
	ColAttestedTx    = "attested_tx"
)

// WalletIdentityRow is a version of a wallet's attestation (wallet_identities). A revoked version keeps the last
// attestation's attester, level and expiry.
type WalletIdentityRow struct {
	Wallet, Attester          string
	Level                     int64
	AttestedAt, AttestedBlock int64
	AttestedTx                string
	ExpiresAt                 int64
	Revocation
	Version
}

// VerifiedAt reports whether the attestation verifies at unix time now, as IdentityRegistry.isVerified does at that
// block: not revoked, not expired, and attesterHeld (the attester's IdentityAttesterRow at the same block says it
// holds IDENTITY_ATTESTER_ROLE).
func (r *WalletIdentityRow) VerifiedAt(now int64, attesterHeld bool) bool {
	return attesterHeld && !r.Revoked && now < r.ExpiresAt
}

// WalletIdentities is the table as typed rows.
var WalletIdentities = rowsOf(TableWalletIdentities, func(r *WalletIdentityRow) *Version { return &r.Version },
	append([]field[WalletIdentityRow]{
		{ColWallet, func(r *WalletIdentityRow) any { return &r.Wallet }},
		{ColAttester, func(r *WalletIdentityRow) any { return &r.Attester }},
		{ColLevel, func(r *WalletIdentityRow) any { return &r.Level }},
		{ColAttestedAt, func(r *WalletIdentityRow) any { return &r.AttestedAt }},
		{ColAttestedBlock, func(r *WalletIdentityRow) any { return &r.AttestedBlock }},
		{ColAttestedTx, func(r *WalletIdentityRow) any { return &r.AttestedTx }},
		{ColExpiresAt, func(r *WalletIdentityRow) any { return &r.ExpiresAt }}},
		revocationFields(func(r *WalletIdentityRow) *Revocation { return &r.Revocation })...)...)

// applyIdentity applies an IdentityRegistry event; ok is false for any other event.
func (p *plan) applyIdentity(ctx context.Context, ev Event) (ok bool, err error) {
	t := p.s.identities
	switch e := ev.(type) {
	case *WalletAttested:
		attest := func(r []any) {
			p.set(t, r, ColWallet, hexAddr(e.Wallet), ColAttester, hexAddr(e.Attester), ColLevel, int64(e.Level),
				ColAttestedAt, int64(e.BlockTime), ColAttestedBlock, int64(e.Block), ColAttestedTx, hexHash(e.TxHash),
				ColExpiresAt, int64(e.ExpiresAt), ColRevoked, false, ColRevokedAt, nil, ColRevokedBy, nil,
				ColRevokedBlock, nil, ColRevokedTx, nil)
		}
		found, err := p.supersede(ctx, t, []any{hexAddr(e.Wallet)}, e.Meta, attest) // a renewal, or after a revocation
		if err != nil || found {
			return true, err
		}
		r := p.row(t, e.Meta)
		attest(r)
		p.add(t, r)
		return true, nil
	case *AttestationRevoked:
		_, err := p.supersede(ctx, t, []any{hexAddr(e.Wallet)}, e.Meta, func(r []any) {
			p.set(t, r, ColRevoked, true, ColRevokedAt, int64(e.BlockTime), ColRevokedBy, hexAddr(e.By),
				ColRevokedBlock, int64(e.Block), ColRevokedTx, hexHash(e.TxHash))
		})
		return true, err
	case *AttesterRoleChanged:
		if e.Kept != nil {
			if err := p.apply(ctx, e.Kept); err != nil {
				return true, err
			}
		}
		a := p.s.attesters
		change := func(r []any) {
			p.set(a, r, ColAttester, hexAddr(e.Attester), ColHeld, e.Held, ColChangedBy, hexAddr(e.By),
				ColTxHash, hexHash(e.TxHash))
		}
		found, err := p.supersede(ctx, a, []any{hexAddr(e.Attester)}, e.Meta, change)
		if err != nil || found {
			return true, err
		}
		r := p.row(a, e.Meta)
		change(r)
		p.add(a, r)
		return true, nil
	}
	return false, nil
}
