// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {ConsentRegistry} from "./ConsentRegistry.sol";

/// @title KeyRecovery
/// @notice Recovery of a patient's lost key. The patient proves their identity again to an identity attester (NHS
/// login, off chain), who attests a new wallet in the IdentityRegistry with the SAME commitment as the lost wallet's
/// and then `request`s the recovery here. One of the patient's guardians `confirm`s it (it completes at once), or it
/// can be `complete`d by anyone once the waiting period (7 days unless the DAO sets another, never under
/// MIN_WAITING_PERIOD) has passed; until then the old wallet (or the requesting attester) can `cancel` it. Completion
/// calls `ConsentRegistry.recoverWallet`, which moves the patient's consents, guardians and objections to the new
/// wallet and retires the old one. The events keep the history.
/// @dev Trust model (docs/identity.md, "Recovery"): a thief holding the old key can only cancel (each request, for
/// as long as they hold it; a guardian's confirmation is not cancellable) and can never choose the new wallet; an
/// attester alone (compromised or mistaken) must wait the whole period, during which the old wallet can cancel and
/// the DAO can revoke the attester's role, which voids its pending requests. The identity and freshness checks run
/// again at completion. This contract holds ConsentRegistry's RECOVERY_ROLE, granted by the DAO's timelock.
contract KeyRecovery is AccessControl, ERC2771Context {
    /// @notice The IdentityRegistry role whose holders request recoveries.
    bytes32 public constant IDENTITY_ATTESTER_ROLE = keccak256("IDENTITY_ATTESTER_ROLE");
    /// @notice The lowest identity level (NHS login P9) at which a new wallet may receive a patient's records.
    uint8 public constant MIN_IDENTITY_LEVEL = 9;
    /// @notice The waiting period until the DAO sets another.
    uint32 public constant DEFAULT_WAITING_PERIOD = 7 days;
    /// @notice Bounds of `setWaitingPeriod`: the old wallet always has at least two days to cancel.
    uint32 public constant MIN_WAITING_PERIOD = 2 days;
    uint32 public constant MAX_WAITING_PERIOD = 90 days;

    /// @notice Where identity attestations are read.
    IIdentityRegistry public immutable IDENTITY_REGISTRY;
    /// @notice Where recoveries are carried out.
    ConsentRegistry public immutable CONSENT_REGISTRY;

    /// @notice How long an unconfirmed recovery waits before it can be completed, in seconds.
    uint32 public waitingPeriod = DEFAULT_WAITING_PERIOD;

    /// @dev A pending recovery of one old wallet. Two storage slots.
    struct Request {
        address newWallet;
        uint48 readyAt;
        address attester;
    }

    mapping(address oldWallet => Request) private _requests;

    /// @notice `attester` asked to move `oldWallet`'s patient to `newWallet`; without a guardian's confirmation it
    /// can be completed from `readyAt`.
    event RecoveryRequested(
        address indexed oldWallet, address indexed newWallet, address indexed attester, uint48 readyAt
    );
    /// @notice `guardian`, one of the patient's guardians, confirmed the recovery (completing it).
    event RecoveryConfirmed(address indexed oldWallet, address indexed newWallet, address indexed guardian);
    /// @notice `by` (the old wallet or the requesting attester) cancelled the recovery: nothing moved.
    event RecoveryCancelled(address indexed oldWallet, address indexed newWallet, address indexed by);
    /// @notice The recovery completed (`by` confirmed it or completed it after the waiting period): the patient's
    /// records answer for `newWallet` now (ConsentRegistry's WalletRecovered has the subject).
    event RecoveryCompleted(address indexed oldWallet, address indexed newWallet, address indexed by);
    /// @notice The DAO set the waiting period.
    event WaitingPeriodSet(uint32 waitingPeriod);

    /// @notice The caller does not hold IDENTITY_ATTESTER_ROLE in the IdentityRegistry.
    error NotIdentityAttester(address caller);
    /// @notice The new wallet is not verified at MIN_IDENTITY_LEVEL, or its commitment is not the old wallet's (or
    /// the old wallet has no attestation to compare with).
    error IdentityMismatch(address oldWallet, address newWallet);
    /// @notice A recovery of this old wallet is already pending.
    error RecoveryPending(address oldWallet);
    /// @notice No recovery of this old wallet is pending.
    error NoRecoveryPending(address oldWallet);
    /// @notice The caller is not one of the patient's guardians.
    error NotGuardian(address oldWallet, address caller);
    /// @notice Only the old wallet or the requesting attester cancels a recovery.
    error NotCanceller(address oldWallet, address caller);
    /// @notice The waiting period has not passed; it does at `readyAt`.
    error WaitingPeriodNotOver(address oldWallet, uint48 readyAt);
    /// @notice The waiting period is outside MIN_WAITING_PERIOD..MAX_WAITING_PERIOD.
    error InvalidWaitingPeriod(uint32 waitingPeriod);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (sets the waiting period).
    /// @param identityRegistry The IdentityRegistry (AccessControl, with IDENTITY_ATTESTER_ROLE).
    /// @param consentRegistry The ConsentRegistry, which must grant this contract RECOVERY_ROLE.
    constructor(
        address trustedForwarder,
        address admin,
        IIdentityRegistry identityRegistry,
        ConsentRegistry consentRegistry
    ) ERC2771Context(trustedForwarder) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        IDENTITY_REGISTRY = identityRegistry;
        CONSENT_REGISTRY = consentRegistry;
    }

    /// @notice Asks to move `oldWallet`'s patient (consents, guardians, objections) to `newWallet`.
    /// @dev Only an IDENTITY_ATTESTER_ROLE holder of the IdentityRegistry, directly or through the forwarder.
    /// `newWallet` must be verified at MIN_IDENTITY_LEVEL with the old wallet's commitment and be fresh in the
    /// ConsentRegistry (no records of its own); `oldWallet` must not be retired or have a recovery pending.
    /// @param oldWallet The lost wallet.
    /// @param newWallet The patient's new, attested wallet.
    /// @return readyAt When the recovery can be completed without a guardian's confirmation.
    function request(address oldWallet, address newWallet) external returns (uint48 readyAt) {
        address attester = _msgSender();
        if (!_isAttester(attester)) revert NotIdentityAttester(attester);
        if (_requests[oldWallet].newWallet != address(0)) revert RecoveryPending(oldWallet);
        _checkRecoverable(oldWallet, newWallet);
        readyAt = uint48(block.timestamp) + waitingPeriod;
        _requests[oldWallet] = Request(newWallet, readyAt, attester);
        emit RecoveryRequested(oldWallet, newWallet, attester, readyAt);
    }

    /// @notice Confirms a pending recovery as one of the patient's guardians, completing it at once.
    /// @dev Only a current guardian of `oldWallet`'s patient (ConsentRegistry.isGuardian), through the forwarder or
    /// directly.
    /// @param oldWallet The lost wallet whose recovery is pending.
    function confirm(address oldWallet) external {
        address guardian = _msgSender();
        Request memory r = _pending(oldWallet);
        if (!CONSENT_REGISTRY.isGuardian(oldWallet, guardian)) revert NotGuardian(oldWallet, guardian);
        emit RecoveryConfirmed(oldWallet, r.newWallet, guardian);
        _complete(oldWallet, r, guardian);
    }

    /// @notice Completes a pending recovery once its waiting period has passed. Anyone may call it.
    /// @param oldWallet The lost wallet whose recovery is pending.
    function complete(address oldWallet) external {
        Request memory r = _pending(oldWallet);
        if (block.timestamp < r.readyAt) revert WaitingPeriodNotOver(oldWallet, r.readyAt);
        _complete(oldWallet, r, _msgSender());
    }

    /// @notice Cancels a pending recovery: nothing moves.
    /// @dev Only the old wallet (the patient still holding it, or a thief: either may) or the attester that
    /// requested it.
    /// @param oldWallet The wallet whose recovery is pending.
    function cancel(address oldWallet) external {
        address sender = _msgSender();
        Request memory r = _pending(oldWallet);
        if (sender != oldWallet && sender != r.attester) revert NotCanceller(oldWallet, sender);
        delete _requests[oldWallet];
        emit RecoveryCancelled(oldWallet, r.newWallet, sender);
    }

    /// @notice Sets the waiting period of recoveries requested from now on (pending ones keep theirs).
    /// @dev Only DEFAULT_ADMIN_ROLE (the DAO's timelock).
    /// @param period Seconds, MIN_WAITING_PERIOD to MAX_WAITING_PERIOD.
    function setWaitingPeriod(uint32 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (period < MIN_WAITING_PERIOD || period > MAX_WAITING_PERIOD) revert InvalidWaitingPeriod(period);
        waitingPeriod = period;
        emit WaitingPeriodSet(period);
    }

    /// @notice The pending recovery of `oldWallet` (all zero when there is none).
    /// @return newWallet The wallet the patient moves to.
    /// @return attester The attester that requested it.
    /// @return readyAt When it can be completed without a guardian's confirmation.
    function pendingRecovery(address oldWallet)
        external
        view
        returns (address newWallet, address attester, uint48 readyAt)
    {
        Request memory r = _requests[oldWallet];
        return (r.newWallet, r.attester, r.readyAt);
    }

    /// @dev Re-checks everything `request` checked (an attester whose role was revoked, or an attestation revoked
    /// since, stops it) and moves the patient.
    function _complete(address oldWallet, Request memory r, address by) private {
        if (!_isAttester(r.attester)) revert NotIdentityAttester(r.attester);
        _checkRecoverable(oldWallet, r.newWallet);
        delete _requests[oldWallet];
        emit RecoveryCompleted(oldWallet, r.newWallet, by);
        CONSENT_REGISTRY.recoverWallet(oldWallet, r.newWallet);
    }

    function _pending(address oldWallet) private view returns (Request memory r) {
        r = _requests[oldWallet];
        if (r.newWallet == address(0)) revert NoRecoveryPending(oldWallet);
    }

    /// @dev The same person (non-zero equal commitments, the new wallet verified at MIN_IDENTITY_LEVEL), an old
    /// wallet not retired and a fresh new wallet. ConsentRegistry checks the wallets again when it moves them.
    function _checkRecoverable(address oldWallet, address newWallet) private view {
        bytes32 commitment = IDENTITY_REGISTRY.identityOf(oldWallet).commitment;
        if (
            oldWallet == newWallet || commitment == 0
                || IDENTITY_REGISTRY.identityOf(newWallet).commitment != commitment
                || !IDENTITY_REGISTRY.isVerified(newWallet, MIN_IDENTITY_LEVEL)
        ) revert IdentityMismatch(oldWallet, newWallet);
        (, bool retired) = CONSENT_REGISTRY.subjectOf(oldWallet);
        if (retired) revert ConsentRegistry.WalletRetired(oldWallet);
        if (!CONSENT_REGISTRY.isFreshWallet(newWallet)) revert ConsentRegistry.NotFreshWallet(newWallet);
    }

    function _isAttester(address account) private view returns (bool) {
        return IAccessControl(address(IDENTITY_REGISTRY)).hasRole(IDENTITY_ATTESTER_ROLE, account);
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
