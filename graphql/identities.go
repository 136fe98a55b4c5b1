package graphql

import (
	"context"
	"fmt"

	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// identityLevels are IdentityRegistry's levels (0, 5, 9) as the API's enum.
var identityLevels = map[int64]IdentityLevel{0: IdentityLevelP0, 5: IdentityLevelP5, 9: IdentityLevelP9}

// walletIdentityOf is the API's attestation from a row, verified judged at unix time now and with whether its
// attester held IDENTITY_ATTESTER_ROLE at the same block.
func walletIdentityOf(row *store.WalletIdentityRow, now int64, attesterHeld bool) (*WalletIdentity, error) {
	level, ok := identityLevels[row.Level]
	if !ok {
		return nil, fmt.Errorf("wallet %s: identity level %d is not 0, 5 or 9", row.Wallet, row.Level)
	}
	return &WalletIdentity{Address: row.Wallet, Verified: row.VerifiedAt(now, attesterHeld), Attested: true, Level: &level,
		Attester: &row.Attester, AttestedAt: &row.AttestedAt, AttestedBlock: &row.AttestedBlock,
		AttestedTx: &row.AttestedTx, ExpiresAt: &row.ExpiresAt, Revoked: row.Revoked, RevokedAt: row.RevokedAt,
		RevokedBy: row.RevokedBy, RevokedBlock: row.RevokedBlock, StatusTime: now}, nil
}

func (r *Resolver) walletIdentity(ctx context.Context, address string, block *BlockInput) (*WalletIdentity, error) {
	if !common.IsHexAddress(address) {
		return nil, userError("address %q is not a 20-byte hex address", address)
	}
	at, now, err := r.asOf(ctx, block)
	if err != nil {
		return nil, err
	}
	wallet := hexLower(common.HexToAddress(address))
	p, err := sel(ctx, r, store.WalletIdentities, store.List{At: at, First: 1,
		Where: []store.Cond{{Col: store.ColWallet, Op: store.Eq, Value: wallet}}})
	if err != nil {
		return nil, err
	}
	if len(p.Rows) == 0 {
		return &WalletIdentity{Address: wallet, StatusTime: now}, nil
	}
	row := &p.Rows[0]
	// IdentityRegistry.isVerified reads the attester's role at the time of the read: the DAO revoking it voids every
	// attestation it made, granting it back restores them. The role's version at the same block says the same.
	a, err := sel(ctx, r, store.IdentityAttesters, store.List{At: at, First: 1,
		Where: []store.Cond{{Col: store.ColAttester, Op: store.Eq, Value: row.Attester}}})
	if err != nil {
		return nil, err
	}
	return walletIdentityOf(row, now, len(a.Rows) == 1 && a.Rows[0].Held)
}
