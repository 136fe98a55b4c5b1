// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Handler} from "./utils/Handler.sol";
import {BevanFixture} from "./utils/BevanFixture.sol";
import {IdentityRegistry} from "../src/IdentityRegistry.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @dev Two attesters and a stranger attest, renew and revoke over a small pool of wallets and people, the DAO's
/// timelock revokes and grants the second attester's role and revokes attestations, and time passes. Outcomes are
/// predicted from ghost state; every call checks the exact error it may revert with, and surprises are counted.
contract IdentityHandler is Handler {
    IdentityRegistry internal immutable registry;
    address internal immutable timelock;
    bytes32 internal immutable role;
    address public immutable attester1;
    address public immutable attester2;

    mapping(address wallet => IIdentityRegistry.Identity) internal ghost;
    mapping(address account => bool) public ghostAttester;
    /// @dev How many times a wallet's commitment changed without a revocation in between (must stay 0).
    uint256 public silentRebinds;

    constructor(IdentityRegistry registry_, address timelock_, address attester1_, address attester2_)
        Handler(400 days)
    {
        registry = registry_;
        timelock = timelock_;
        role = registry_.IDENTITY_ATTESTER_ROLE();
        attester1 = attester1_;
        attester2 = attester2_;
        ghostAttester[attester1_] = true;
        ghostAttester[attester2_] = registry_.hasRole(role, attester2_);
    }

    function wallets() public pure returns (address[4] memory) {
        return [address(0xA1), address(0xA2), address(0xA3), address(0)];
    }

    function ghostOf(address wallet) external view returns (IIdentityRegistry.Identity memory) {
        return ghost[wallet];
    }

    function _who(uint256 seed) internal view returns (address) {
        return _pick(seed, attester1, attester2);
    }

    function _person(uint256 seed) internal pure returns (bytes32) {
        uint256 k = seed % 4;
        return k == 3 ? bytes32(0) : keccak256(abi.encode("person", k));
    }

    function _level(uint256 seed) internal pure returns (uint8) {
        uint8[5] memory levels = [0, 5, 9, 9, 7];
        return levels[seed % 5];
    }

    function attest(uint256 whoSeed, uint256 walletSeed, uint256 levelSeed, uint256 validity, uint256 personSeed)
        external
    {
        address by = _who(whoSeed);
        address wallet = wallets()[walletSeed % 4];
        uint8 level = _level(levelSeed);
        uint48 exp = uint48(block.timestamp + bound(validity, 0, registry.MAX_VALIDITY() + 1));
        bytes32 person = _person(personSeed);
        bytes memory expected;
        if (!ghostAttester[by]) {
            expected = abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, by, role);
        } else if (level != 0 && level != 5 && level != 9) {
            expected = abi.encodeWithSelector(IdentityRegistry.InvalidLevel.selector, level);
        } else if (exp <= block.timestamp || exp > block.timestamp + registry.MAX_VALIDITY()) {
            expected = abi.encodeWithSelector(IdentityRegistry.InvalidExpiry.selector, exp);
        } else if (wallet == address(0) || person == 0) {
            expected = abi.encodeWithSelector(IdentityRegistry.InvalidAttestation.selector, wallet, person);
        } else if (ghost[wallet].attestedAt != 0 && ghost[wallet].commitment != person) {
            expected = abi.encodeWithSelector(IdentityRegistry.CommitmentMismatch.selector, wallet);
        }
        bytes32 before = registry.identityOf(wallet).commitment;
        vm.prank(by);
        try registry.attest(wallet, level, exp, person) {
            _succeeded(expected);
            if (before != 0 && before != person) ++silentRebinds;
            ghost[wallet] = IIdentityRegistry.Identity(by, level, uint48(block.timestamp), exp, person);
        } catch (bytes memory got) {
            _reverted(expected, got);
        }
    }

    function revoke(uint256 whoSeed, uint256 walletSeed) external {
        uint256 k = whoSeed % 6;
        address by = k == 5 ? timelock : _who(whoSeed);
        address wallet = wallets()[walletSeed % 4];
        IIdentityRegistry.Identity memory g = ghost[wallet];
        bytes memory expected;
        if (g.attestedAt == 0) {
            expected = abi.encodeWithSelector(IdentityRegistry.NotAttested.selector, wallet);
        } else if (by != timelock && !(by == g.attester && ghostAttester[by])) {
            expected = abi.encodeWithSelector(IdentityRegistry.NotAttestationsAttester.selector, wallet, by);
        }
        vm.prank(by);
        try registry.revokeAttestation(wallet) {
            _succeeded(expected);
            delete ghost[wallet];
        } catch (bytes memory got) {
            _reverted(expected, got);
        }
    }

    function toggleAttester2() external {
        ghostAttester[attester2] =
            _toggleRole(timelock, IAccessControl(address(registry)), role, attester2, ghostAttester[attester2]);
    }
}

contract IdentityInvariantsTest is BevanFixture {
    IdentityHandler internal handler;

    function setUp() public override {
        super.setUp();
        address attester2 = address(0xA77E52);
        _grantByDao(address(identities), identities.IDENTITY_ATTESTER_ROLE(), attester2);
        handler = new IdentityHandler(identities, address(timelock), attester, attester2);
        targetContract(address(handler));
    }

    /// @dev What the chain holds for every wallet is what the model says was attested, and a wallet verifies at a
    /// level exactly when its attestation is at that level or above, not expired, and its attester holds the role now.
    function invariant_verifiedIffModel() public view {
        address[4] memory ws = handler.wallets();
        for (uint256 i = 0; i < ws.length; ++i) {
            IIdentityRegistry.Identity memory id = identities.identityOf(ws[i]);
            IIdentityRegistry.Identity memory g = handler.ghostOf(ws[i]);
            assertEq(id.attester, g.attester, "attester");
            assertEq(id.level, g.level, "level");
            assertEq(id.attestedAt, g.attestedAt, "attestedAt");
            assertEq(id.expiresAt, g.expiresAt, "expiresAt");
            assertEq(id.commitment, g.commitment, "commitment");
            uint8[3] memory levels = [0, 5, 9];
            for (uint256 l = 0; l < levels.length; ++l) {
                bool want = g.attestedAt != 0 && g.level >= levels[l] && block.timestamp < g.expiresAt
                    && handler.ghostAttester(g.attester);
                assertEq(identities.isVerified(ws[i], levels[l]), want, "isVerified");
            }
        }
        assertEq(identities.identityOf(address(0)).attestedAt, 0, "the zero address is never attested");
    }

    /// @dev A wallet is never bound to another person without a revocation in between, nobody without the role ever
    /// attests, and every call did what the model predicted.
    function invariant_noSilentRebind() public view {
        assertEq(handler.silentRebinds(), 0, "a wallet's commitment changed without a revocation");
        assertFalse(identities.hasRole(identities.IDENTITY_ATTESTER_ROLE(), handler.STRANGER()), "stranger has no role");
        assertEq(handler.unexpectedSuccesses(), 0, "a call succeeded that should have reverted");
        assertEq(handler.unexpectedReverts(), 0, "a call reverted that should have succeeded");
    }
}
