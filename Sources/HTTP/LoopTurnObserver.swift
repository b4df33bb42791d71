/// A handler that batches work per event-loop turn (buffered access-log lines): the engine
/// calls `loopTurnEnded()` on the loop's own thread after it has handled a turn's events and
/// before it waits for more, and once more when the loop stops. So what a turn buffered is
/// written before the loop can sleep: nothing is held back while the server is idle.
/// A class (`AnyObject`): the loop holds it as one reference, not a boxed value.
public protocol LoopTurnObserver: AnyObject, Sendable {
    func loopTurnEnded()
}
