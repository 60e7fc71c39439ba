import { emptyEstate, type Estate } from './records';

/** The estates of every subscription seen, partitioned by subscription id; an unseen subscription is empty. */
export class EstateStore {
    private readonly estates = new Map<string, Estate>();

    /** The live estate of a subscription (created empty on first use). */
    estate(subscriptionId: string): Estate {
        const key = subscriptionId.toLowerCase();
        let estate = this.estates.get(key);
        if (estate === undefined) {
            estate = emptyEstate();
            this.estates.set(key, estate);
        }
        return estate;
    }

    replace(subscriptionId: string, estate: Estate): void {
        this.estates.set(subscriptionId.toLowerCase(), estate);
    }

    /** A deep copy, safe to keep and compare. */
    snapshot(subscriptionId: string): Estate {
        return structuredClone(this.estate(subscriptionId));
    }

    clear(): void {
        this.estates.clear();
    }
}
