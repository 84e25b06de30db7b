import { loadStripe } from '@stripe/stripe-js'

export const stripePromise = loadStripe('pk_live_51YUpmA4QgOvJON6VKRCNC23fwEIOAIdGJ8vDTKfu6OTXtRE2bBEk4y3tpy51Zh8dKtokPEzdGwbt39SD2wFqDtM6x337KtJTHt')
